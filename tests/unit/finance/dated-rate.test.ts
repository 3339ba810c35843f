/**
 * Expected rates were computed independently (a separate bisection in Python
 * on the same dates and the same actuarial rule, 2026-12-03), and the one-off
 * cases also in closed form: 多还的钱 ÷ 到手金额 ÷ 天数 × 365.
 */
import { describe, expect, it } from 'vitest';
import {
  calculateDatedLoanCost,
  calculateShortLoanCost,
  type DatedRepayment,
} from '../../../src/lib/finance/dated-rate';
import { dayNumber } from '../../../src/lib/finance/schedule';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayNumber(y ?? 0, m ?? 0, d ?? 0) ?? Number.NaN;
};
const pays = (...rows: [string, number][]): DatedRepayment[] =>
  rows.map(([date, amount]) => ({ day: day(date), amount }));
const percent = (fraction: number) => fraction * 100;

describe('the rate from a dated schedule (actuarial, actual/365)', () => {
  it('an uneven schedule', () => {
    const result = calculateDatedLoanCost({
      loanDay: day('2026-01-01'),
      received: 10_000,
      repayments: pays(['2026-02-01', 3_000], ['2026-03-01', 3_000], ['2026-04-01', 4_500]),
    });
    if (!result.ok) throw new Error(result.reason);
    expect(percent(result.cost.simpleAnnualRate)).toBeCloseTo(28.1231, 3);
    expect(result.cost.totalCost).toBe(500);
    expect(result.cost.days).toBe(90);
  });

  it('one repayment after 30 days', () => {
    const result = calculateDatedLoanCost({
      loanDay: day('2026-01-01'),
      received: 1_000,
      repayments: pays(['2026-01-31', 1_050]),
    });
    if (!result.ok) throw new Error(result.reason);
    expect(percent(result.cost.simpleAnnualRate)).toBeCloseTo((50 / 1_000 / 30) * 365 * 100, 8);
    expect(result.cost.dailyRate).toBeCloseTo(50 / 1_000 / 30, 10);
  });

  it('a fee taken up front, twelve monthly repayments and a fee on the first due date', () => {
    const monthly = Array.from({ length: 12 }, (_, index): [string, number] => {
      const month = index + 2; // February 2026 to January 2027
      const year = month > 12 ? 2027 : 2026;
      return [`${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-10`, 450];
    });
    const result = calculateDatedLoanCost({
      loanDay: day('2026-01-10'),
      received: 4_500,
      // The fee and the first instalment fall on the same day and add up.
      repayments: pays(...monthly, ['2026-02-10', 30]),
    });
    if (!result.ok) throw new Error(result.reason);
    expect(percent(result.cost.simpleAnnualRate)).toBeCloseTo(36.5374, 3);
  });

  it('refuses a repayment dated before the loan, or repaying no more than was received', () => {
    expect(
      calculateDatedLoanCost({
        loanDay: day('2026-01-10'),
        received: 100,
        repayments: pays(['2026-01-09', 200]),
      }),
    ).toEqual({ ok: false, reason: 'repayment-before-loan' });
    expect(
      calculateDatedLoanCost({
        loanDay: day('2026-01-10'),
        received: 100,
        repayments: pays(['2026-02-10', 100]),
      }),
    ).toEqual({ ok: false, reason: 'repaid-not-more' });
  });

  it('solves ten thousand daily lines without hanging or giving NaN', () => {
    const repayments = Array.from({ length: 10_000 }, (_, index) => ({
      day: day('2026-01-01') + index + 1,
      amount: 1.2,
    }));
    const result = calculateDatedLoanCost({
      loanDay: day('2026-01-01'),
      received: 10_000,
      repayments,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(Number.isFinite(result.cost.simpleAnnualRate)).toBe(true);
    expect(result.cost.simpleAnnualRate).toBeGreaterThan(0);
  });
});

describe('a short loan counted in days', () => {
  it('received 700 of a 1,000 contract, 1,000 repaid after 7 days', () => {
    const result = calculateShortLoanCost({
      contract: 1_000,
      received: 700,
      days: 7,
      repaid: 1_000,
    });
    if (!result.ok) throw new Error(result.reason);
    const { cost } = result;
    expect(cost.costPer100PerDay).toBeCloseTo(6.1224, 3);
    expect(percent(cost.simpleAnnualRate)).toBeCloseTo(2234.69, 1);
    expect(cost.deductedUpFront).toBe(300);
    expect(cost.totalCost).toBe(300);
  });
});

describe('one loan, one rate', () => {
  it('the 714 loan gets the same rate as a short loan and as a one-line schedule', () => {
    // It once gave 2,234.69% counted in days and 1,908.00% as a schedule.
    const short = calculateShortLoanCost({
      contract: 1_000,
      received: 700,
      days: 7,
      repaid: 1_000,
    });
    const dated = calculateDatedLoanCost({
      loanDay: day('2026-01-01'),
      received: 700,
      repayments: pays(['2026-01-08', 1_000]),
    });
    if (!short.ok || !dated.ok) throw new Error('both must solve');
    expect(percent(short.cost.simpleAnnualRate)).toBeCloseTo(2234.69, 2);
    expect(dated.cost.simpleAnnualRate).toBeCloseTo(short.cost.simpleAnnualRate, 9);
  });

  it('flags an absurd loan as above range instead of printing billions of per cent', () => {
    const result = calculateShortLoanCost({ contract: 1, received: 0.01, days: 1, repaid: 1e8 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.cost.aboveRange).toBe(true);
    expect(Number.isFinite(result.cost.simpleAnnualRate)).toBe(true);
  });

  it('refuses a short loan that repays no more than was received', () => {
    expect(
      calculateShortLoanCost({ contract: 1_000, received: 700, days: 7, repaid: 700 }),
    ).toEqual({ ok: false, reason: 'repaid-not-more' });
  });
});
