/**
 * The cost of a loan from what actually happened on which day: money received
 * on the loan date, repayments on their own dates, however uneven. The rate is
 * the daily internal rate of return (XIRR on an actual/365 basis); it is shown
 * as a simple annual rate (daily rate × 365, the way the legal lines are
 * written) and, separately, compounded.
 */

export interface DatedRepayment {
  /** Days since 1970-01-01 (UTC). */
  day: number;
  amount: number;
}

export interface DatedLoan {
  /** The day the money arrived. */
  loanDay: number;
  /** What reached the borrower after anything taken up front. */
  received: number;
  repayments: readonly DatedRepayment[];
}

export interface DatedLoanCost {
  dailyRate: number;
  /** Daily rate × 365, no compounding. */
  simpleAnnualRate: number;
  /** (1 + daily rate)^365 − 1. */
  compoundedAnnualRate: number;
  totalPaid: number;
  totalCost: number;
  /** Days from the loan to the last repayment. */
  days: number;
}

export type DatedLoanProblem = 'repayment-before-loan' | 'repaid-not-more' | 'unsolvable';
export type DatedLoanResult =
  { ok: true; cost: DatedLoanCost } | { ok: false; reason: DatedLoanProblem };

export function calculateDatedLoanCost(loan: DatedLoan): DatedLoanResult {
  if (loan.repayments.some((repayment) => repayment.day < loan.loanDay))
    return { ok: false, reason: 'repayment-before-loan' };
  const totalPaid = loan.repayments.reduce((sum, repayment) => sum + repayment.amount, 0);
  if (totalPaid <= loan.received) return { ok: false, reason: 'repaid-not-more' };

  const days = Math.max(...loan.repayments.map((repayment) => repayment.day)) - loan.loanDay;
  const rate = solveDailyRate(loan);
  if (rate === undefined) return { ok: false, reason: 'unsolvable' };
  return {
    ok: true,
    cost: {
      dailyRate: rate,
      simpleAnnualRate: rate * 365,
      compoundedAnnualRate: (1 + rate) ** 365 - 1,
      totalPaid,
      totalCost: totalPaid - loan.received,
      days,
    },
  };
}

/**
 * The daily rate at which the repayments, discounted to the loan date, equal the
 * money received. More was repaid than received, so the rate lies above 0: the
 * value of the repayments falls as the rate rises, and bisection between 0 and
 * 10,000% a day finds the one answer. Repayments on the same day simply add up.
 */
function solveDailyRate(loan: DatedLoan): number | undefined {
  const owedAt = (rate: number) =>
    loan.repayments.reduce(
      (sum, repayment) => sum + repayment.amount * (1 + rate) ** -(repayment.day - loan.loanDay),
      0,
    ) - loan.received;
  let low = 0;
  let high = 100;
  if (!(owedAt(low) > 0) || !(owedAt(high) < 0)) return undefined;
  for (let step = 0; step < 200 && high - low > 1e-13; step++) {
    const middle = (low + high) / 2;
    if (owedAt(middle) > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

export interface ShortLoan {
  contract: number;
  received: number;
  days: number;
  /** Repaid once, at the end. */
  repaid: number;
}

export interface ShortLoanCost {
  /** Paid beyond what was received, for every 100 元 received, each day. */
  costPer100PerDay: number;
  /** Cost ÷ received ÷ days × 365: simple interest, the way a person can read it. */
  simpleAnnualRate: number;
  totalCost: number;
  deductedUpFront: number;
}

/** A "714" loan: money received now, one repayment after so many days. */
export function calculateShortLoanCost(loan: ShortLoan): ShortLoanCost {
  const totalCost = loan.repaid - loan.received;
  const dailyFraction = totalCost / loan.received / loan.days;
  return {
    costPer100PerDay: dailyFraction * 100,
    simpleAnnualRate: dailyFraction * 365,
    totalCost,
    deductedUpFront: loan.contract - loan.received,
  };
}
