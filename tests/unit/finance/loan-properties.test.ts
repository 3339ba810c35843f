/**
 * The APR tool's three kinds of loan, held to each other over many random
 * loans: the same loan entered any way gets the same rate, and the solvers
 * never leave their domain (no negative rate, no NaN, no figure past the
 * ceiling). A fixed seed keeps a failure reproducible.
 */
import { describe, expect, it } from 'vitest';
import { calculateLoanCost } from '../../../src/lib/finance/loan-cost';
import {
  calculateDatedLoanCost,
  calculateShortLoanCost,
  highestAnnualRate,
} from '../../../src/lib/finance/dated-rate';
import { highestPeriodRate, netPresentValue } from '../../../src/lib/finance/rate-solver';
import { seededRandom } from '../../lib/seeded-random';

// The benchmark's seeded generator: every run tries the same loans.
const next = seededRandom(20261203);
const between = (low: number, high: number) => low + (high - low) * next();
const whole = (low: number, high: number) => Math.floor(between(low, high + 1));
const cases = 300;

describe('one loan, one rate, whichever way it is entered', () => {
  it('equal daily payments: the instalment mode and a dated schedule agree', () => {
    for (let run = 0; run < cases; run++) {
      const received = between(100, 100_000);
      const periods = whole(1, 90);
      const payment = (received / periods) * between(1.0001, 3);
      const instalments = calculateLoanCost({
        contractAmount: received,
        receivedAmount: received,
        periods,
        periodUnit: 'day',
        paymentPerPeriod: payment,
        feePerPeriod: 0,
      });
      const dated = calculateDatedLoanCost({
        loanDay: 0,
        received,
        repayments: Array.from({ length: periods }, (_, index) => ({
          day: index + 1,
          amount: payment,
        })),
      });
      if (!instalments.ok || !dated.ok) throw new Error(`both must solve: run ${run}`);
      expect(dated.cost.simpleAnnualRate).toBeCloseTo(instalments.cost.nominalAnnualRate, 6);
    }
  });

  it('a loan repaid once: the days mode, a one-line schedule and the closed form agree', () => {
    for (let run = 0; run < cases; run++) {
      const received = between(50, 50_000);
      const days = whole(1, 365);
      const repaid = received * between(1.0001, 2);
      const short = calculateShortLoanCost({ contract: received, received, days, repaid });
      const dated = calculateDatedLoanCost({
        loanDay: 100,
        received,
        repayments: [{ day: 100 + days, amount: repaid }],
      });
      if (!short.ok || !dated.ok) throw new Error(`both must solve: run ${run}`);
      const closedForm = ((repaid - received) / received / days) * 365;
      expect(short.cost.simpleAnnualRate / closedForm).toBeCloseTo(1, 9);
      expect(dated.cost.simpleAnnualRate / closedForm).toBeCloseTo(1, 9);
    }
  });
});

describe('the solvers stay in their domain', () => {
  it('a loan that costs something gets one positive, finite rate that repays it exactly', () => {
    for (let run = 0; run < cases; run++) {
      const received = between(1, 1_000_000);
      const periods = whole(1, 600);
      const payment = (received / periods) * between(1.000_01, 50);
      const result = calculateLoanCost({
        contractAmount: received,
        receivedAmount: received,
        periods,
        periodUnit: 'month',
        paymentPerPeriod: payment,
        feePerPeriod: 0,
      });
      if (!result.ok) throw new Error(`must solve: run ${run}`);
      const { periodRate, aboveRange } = result.cost;
      expect(periodRate).toBeGreaterThan(0);
      expect(periodRate).toBeLessThanOrEqual(highestPeriodRate);
      if (!aboveRange) {
        const flows = [received, ...Array<number>(periods).fill(-payment)];
        expect(Math.abs(netPresentValue(flows, periodRate)) / received).toBeLessThan(1e-6);
      }
    }
  });

  it('payments adding up to no more than was received never give a rate', () => {
    for (let run = 0; run < cases; run++) {
      const received = between(1, 1_000_000);
      const periods = whole(1, 600);
      const payment = (received / periods) * between(0, 1);
      expect(
        calculateLoanCost({
          contractAmount: received,
          receivedAmount: received,
          periods,
          periodUnit: 'week',
          paymentPerPeriod: payment,
          feePerPeriod: 0,
        }),
      ).toEqual({ ok: false, reason: 'repaid-not-more' });
      expect(
        calculateShortLoanCost({
          contract: received,
          received,
          days: whole(1, 90),
          repaid: payment * periods,
        }),
      ).toEqual({ ok: false, reason: 'repaid-not-more' });
    }
  });

  it('paying more never lowers the rate, and absurd loans stop at the ceiling', () => {
    for (let run = 0; run < cases; run++) {
      const received = between(0.01, 10_000);
      const days = whole(1, 3_650);
      const repaid = received * 10 ** between(0.001, 12);
      const lower = calculateShortLoanCost({ contract: received, received, days, repaid });
      const higher = calculateShortLoanCost({
        contract: received,
        received,
        days,
        repaid: repaid * 2,
      });
      if (!lower.ok || !higher.ok) throw new Error(`must solve: run ${run}`);
      expect(higher.cost.simpleAnnualRate).toBeGreaterThanOrEqual(lower.cost.simpleAnnualRate);
      expect(lower.cost.simpleAnnualRate).toBeLessThanOrEqual(highestAnnualRate);
      expect(lower.cost.aboveRange).toBe(lower.cost.simpleAnnualRate >= highestAnnualRate);
    }
  });
});
