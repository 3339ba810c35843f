import { describe, expect, it } from 'vitest';
import {
  calculateLoanCost,
  dailyQuoteToAnnual,
  flatQuoteInstalment,
  type LoanTerms,
} from '../../../src/lib/finance/loan-cost';
import { netPresentValue, solveInternalRate } from '../../../src/lib/finance/rate-solver';
import { compareWithRateLines } from '../../../src/lib/finance/rate-lines';
import { rateLines } from '../../../src/data/legal-rate-lines';
import { facts } from '../../../src/data/facts';

const monthly: LoanTerms = {
  contractAmount: 10_000,
  receivedAmount: 10_000,
  periods: 12,
  periodUnit: 'month',
  paymentPerPeriod: 1_000,
  feePerPeriod: 0,
};

function costOf(terms: LoanTerms) {
  const result = calculateLoanCost(terms);
  if (!result.ok) throw new Error('expected a solution');
  return result.cost;
}

describe('calculateLoanCost: the worked example', () => {
  // 10,000 received, 12 monthly payments of 1,000.
  const cost = costOf(monthly);
  it('finds about 2.92% a month', () => expect(cost.periodRate * 100).toBeCloseTo(2.92, 2));
  it('annualises to about 35.07% a year', () =>
    expect(cost.nominalAnnualRate * 100).toBeCloseTo(35.07, 2));
  it('compounds to about 41.30% a year', () =>
    expect(cost.effectiveAnnualRate * 100).toBeCloseTo(41.3, 2));
  it('costs 2,000 on top of the money received', () => {
    expect(cost.totalPaid).toBe(12_000);
    expect(cost.totalCost).toBe(2_000);
  });
  it('solves the payments back to the money received', () => {
    expect(netPresentValue([10_000, ...Array(12).fill(-1_000)], cost.periodRate)).toBeCloseTo(0, 6);
  });
});

describe('calculateLoanCost: fees', () => {
  it('counts a deduction up front against the money actually received', () => {
    // Contract says 10,000; 1,000 kept as a "service fee"; 9,000 arrives.
    const cost = costOf({ ...monthly, receivedAmount: 9_000 });
    expect(cost.deductedUpFront).toBe(1_000);
    expect(cost.periodRate * 100).toBeCloseTo(4.73, 2);
    expect(cost.nominalAnnualRate * 100).toBeCloseTo(56.75, 2);
    expect(cost.totalCost).toBe(3_000);
  });

  it('adds a fee charged every period to each payment', () => {
    const withFee = costOf({ ...monthly, paymentPerPeriod: 900, feePerPeriod: 100 });
    expect(withFee.nominalAnnualRate).toBeCloseTo(costOf(monthly).nominalAnnualRate, 10);
  });
});

describe('calculateLoanCost: edge cases', () => {
  it('refuses payments that add up to no more than was received, as the dated modes do', () => {
    // 12 × 200 = 2,400 repaid on 10,000 received once gave −28% a month and “not above” both lines.
    expect(calculateLoanCost({ ...monthly, paymentPerPeriod: 200 })).toEqual({
      ok: false,
      reason: 'repaid-not-more',
    });
    expect(
      calculateLoanCost({ ...monthly, paymentPerPeriod: 500, feePerPeriod: 1_000 / 3 }),
    ).toEqual({ ok: false, reason: 'repaid-not-more' });
  });

  it('annualises daily periods over 365 days', () => {
    // 1,000 received, one payment of 1,005 after one day: 0.5% a day.
    const cost = costOf({
      contractAmount: 1_000,
      receivedAmount: 1_000,
      periods: 1,
      periodUnit: 'day',
      paymentPerPeriod: 1_005,
      feePerPeriod: 0,
    });
    expect(cost.periodRate).toBeCloseTo(0.005, 10);
    expect(cost.nominalAnnualRate).toBeCloseTo(1.825, 8);
  });

  it('says it cannot solve when nothing is received', () => {
    expect(calculateLoanCost({ ...monthly, receivedAmount: 0 })).toEqual({
      ok: false,
      reason: 'not-a-loan',
    });
  });
});

describe('solveInternalRate', () => {
  it('only prices a loan: money in first, then payments out', () => {
    expect(solveInternalRate([100, 100])).toEqual({ ok: false, reason: 'not-a-loan' });
    expect(solveInternalRate([-100, 200])).toEqual({ ok: false, reason: 'not-a-loan' });
    expect(solveInternalRate([100])).toEqual({ ok: false, reason: 'not-a-loan' });
  });
  it('gives no negative rate when less is repaid than received', () => {
    expect(solveInternalRate([1_000, -900])).toEqual({ ok: false, reason: 'repaid-not-more' });
  });
  it('says “above range” rather than a number where the digits stop meaning anything', () => {
    expect(solveInternalRate([0.01, -1_000_000_000])).toEqual({
      ok: true,
      rate: 10_000,
      aboveRange: true,
    });
  });
});

describe('quotes', () => {
  it('turns 月息1分 on 10,000 over 12 months into 933.33 a month', () => {
    expect(flatQuoteInstalment(10_000, 12, 0.01)).toBeCloseTo(933.33, 2);
  });
  it('shows a flat 1% a month is really about 21.5% a year, not 12%', () => {
    const cost = costOf({ ...monthly, paymentPerPeriod: flatQuoteInstalment(10_000, 12, 0.01) });
    expect(cost.nominalAnnualRate * 100).toBeCloseTo(21.46, 1);
  });
  it('turns 日息万五 into 18.25% a year', () => {
    expect(dailyQuoteToAnnual(0.0005)).toBeCloseTo(0.1825, 10);
  });
});

describe('compareWithRateLines', () => {
  it('puts 35.07% above both 4 × LPR and 24%', () => {
    const comparisons = compareWithRateLines(0.3507);
    expect(comparisons.map((c) => [c.line.label, c.above])).toEqual([
      ['一年期 LPR 的 4 倍', true],
      ['金融借款的 24% 界线', true],
    ]);
  });

  it('does not call a rate that rounds to exactly 24.00% above 24%', () => {
    expect(compareWithRateLines(0.240_000_3).find((c) => c.line.annualRate === 0.24)?.above).toBe(
      false,
    );
  });

  it('uses 4 × the recorded one-year LPR', () => {
    expect(rateLines[0]?.annualRate).toBeCloseTo(facts.lpr.oneYear * 4, 12);
  });
});
