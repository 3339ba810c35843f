import { describe, expect, it } from 'vitest';
import { formatChineseDate, parseCalendarDate, toIsoDate } from '../../src/lib/dates';

describe('parseCalendarDate', () => {
  it('reads a real day as UTC midnight', () => {
    expect(parseCalendarDate('2025-03-01')?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });

  it.each(['2024-13-45', '2024-02-30', '2023-02-29', '2025-04-31', '2025-00-10'])(
    'refuses %s instead of rolling it over',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  it('reads 29 February in a leap year as that very day', () => {
    expect(parseCalendarDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each(['2025-3-1', '2025/03/01', '2025年3月1日', '', 'yesterday'])(
    'refuses the non-ISO form %s',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );
});

describe('formatting', () => {
  const date = new Date(Date.UTC(2025, 2, 1));
  it('writes the Chinese form without leading zeros', () => {
    expect(formatChineseDate(date)).toBe('2025年3月1日');
  });
  it('writes the ISO day for machines', () => {
    expect(toIsoDate(date)).toBe('2025-03-01');
  });
});
