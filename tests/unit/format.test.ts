import { describe, expect, it } from 'vitest';
import { formatPercent, formatYuan } from '../../src/lib/format';

describe('format', () => {
  it('writes yuan with separators and two decimals', () => {
    expect(formatYuan(12_000)).toBe('12,000.00元');
    expect(formatYuan(933.333)).toBe('933.33元');
  });
  it('writes percentages from fractions', () => {
    expect(formatPercent(0.3507424)).toBe('35.07%');
    expect(formatPercent(0.03, 1)).toBe('3.0%');
  });
});
