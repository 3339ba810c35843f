import { describe, expect, it } from 'vitest';
import {
  buildRepaymentPlan,
  maxPlanMonths,
  type Debt,
} from '../../../src/lib/finance/repayment-plan';

const cardAndLoan: Debt[] = [
  { name: '信用卡', balance: 1_000, annualRate: 0.12, minimumPayment: 100 },
  { name: '网贷', balance: 500, annualRate: 0.24, minimumPayment: 50 },
];

function planOf(...args: Parameters<typeof buildRepaymentPlan>) {
  const result = buildRepaymentPlan(...args);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

describe('buildRepaymentPlan', () => {
  it('charges a month of interest, pays minimums, then sends the rest to the target', () => {
    // Month 1: 1,000 × 1% = 10 and 500 × 2% = 10 of interest; minimums 100 and 50; 150 left for the 24% loan.
    const [first] = planOf(cardAndLoan, 300, 'avalanche').months;
    expect(first).toEqual({ month: 1, interest: 20, payments: [100, 200], balances: [910, 310] });
  });

  it('avalanche clears the dearer debt first, snowball the smaller one', () => {
    const avalanche = planOf(cardAndLoan, 300, 'avalanche');
    const snowball = planOf(
      [
        { ...cardAndLoan[0]!, balance: 400 },
        { ...cardAndLoan[1]!, balance: 800 },
      ],
      300,
      'snowball',
    );
    expect(avalanche.clearedInMonth[1]).toBe(3);
    expect(avalanche.clearedInMonth[1]).toBeLessThan(avalanche.clearedInMonth[0]!);
    expect(snowball.clearedInMonth[0]).toBeLessThan(snowball.clearedInMonth[1]!);
  });

  it('avalanche never costs more interest than snowball', () => {
    const debts: Debt[] = [
      { name: '小额高息', balance: 3_000, annualRate: 0.36, minimumPayment: 150 },
      { name: '大额低息', balance: 2_000, annualRate: 0.1, minimumPayment: 100 },
    ];
    const avalanche = planOf(debts, 600, 'avalanche');
    const snowball = planOf(debts, 600, 'snowball');
    expect(avalanche.totalInterest).toBeLessThan(snowball.totalInterest);
  });

  it('never spends more than the budget and ends with nothing owed', () => {
    const plan = planOf(cardAndLoan, 300, 'snowball');
    for (const month of plan.months) {
      expect(month.payments.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(300);
    }
    expect(plan.months.at(-1)?.balances).toEqual([0, 0]);
    expect(plan.totalPaid).toBeCloseTo(1_500 + plan.totalInterest, 2);
  });

  it('works out an interest-free debt by hand: 1,200 at 300 a month is 4 months', () => {
    const plan = planOf(
      [{ name: '分期', balance: 1_200, annualRate: 0, minimumPayment: 100 }],
      300,
      'avalanche',
    );
    expect(plan.monthsToDebtFree).toBe(4);
    expect(plan.totalInterest).toBe(0);
  });

  it('says how much is missing when the budget cannot cover the minimums', () => {
    expect(buildRepaymentPlan(cardAndLoan, 120, 'avalanche')).toEqual({
      ok: false,
      reason: 'budget-below-minimums',
      shortfall: 30,
    });
  });

  it('gives up when the payments never catch up with the interest', () => {
    const result = buildRepaymentPlan(
      [{ name: '高息', balance: 100_000, annualRate: 0.36, minimumPayment: 100 }],
      100,
      'avalanche',
    );
    expect(result).toEqual({ ok: false, reason: 'never-paid-off', months: maxPlanMonths });
  });
});
