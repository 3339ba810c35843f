import { describe, expect, it } from 'vitest';
import { formatAmount, formatMonths, formatPercent, formatYuan } from '../../src/lib/format';

describe('format', () => {
  it('writes yuan with separators and two decimals', () => {
    expect(formatYuan(12_000)).toBe('12,000.00元');
    expect(formatYuan(933.333)).toBe('933.33元');
  });
  it('writes percentages from fractions', () => {
    expect(formatPercent(0.3507424)).toBe('35.07%');
    expect(formatPercent(0.03, 1)).toBe('3.0%');
  });

  it('writes durations in years and months', () => {
    expect(formatMonths(8)).toBe('8 个月');
    expect(formatMonths(15)).toBe('1 年 3 个月');
    expect(formatMonths(24)).toBe('2 年整');
  });
});

describe('formatAmount', () => {
  it('leaves the unit to the column header', () => {
    expect(formatAmount(4_520)).toBe('4,520.00');
  });
});
