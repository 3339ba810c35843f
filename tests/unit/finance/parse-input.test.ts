import { describe, expect, it } from 'vitest';
import { parseNumber, parsePercent } from '../../../src/lib/finance/parse-input';

const amount = { max: 100_000_000 };

describe('parseNumber', () => {
  it.each([
    ['10000', 10_000],
    ['10,000', 10_000],
    ['１００００', 10_000],
    [' 9,000.50 元', 9_000.5],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw, '到手金额', amount)).toEqual({ ok: true, value });
  });

  it.each([
    ['', '请填写到手金额'],
    ['一万', '到手金额要填数字'],
    ['1e5', '到手金额要填数字'],
    ['-5', '到手金额不能是负数'],
    ['0', '到手金额必须大于 0'],
    ['1000000000', '到手金额太大了（最多 100,000,000），请检查是不是多输了 0'],
  ])('explains what is wrong with %j', (raw, message) => {
    expect(parseNumber(raw, '到手金额', amount)).toEqual({ ok: false, message });
  });

  it('allows zero where it makes sense', () => {
    expect(parseNumber('0', '每期费用', { ...amount, allowZero: true })).toEqual({
      ok: true,
      value: 0,
    });
  });

  it('insists on whole numbers of periods', () => {
    expect(parseNumber('12.5', '期数', { max: 600, integer: true })).toEqual({
      ok: false,
      message: '期数要填整数',
    });
  });
});

describe('parsePercent', () => {
  it('turns 2.5% into 0.025', () => {
    const parsed = parsePercent('2.5%', '月利率', { max: 100 });
    expect(parsed.ok && parsed.value).toBeCloseTo(0.025, 12);
  });
});
