/**
 * The cost of a loan from what actually happened on which day: money received
 * on the loan date, repayments on their own dates, however uneven.
 *
 * One method for every kind of loan the tool takes, so one loan always gets one
 * rate: the annual rate R at which the money received, charged simple interest
 * at R for the actual days between payments (a year of 365 days), with each
 * repayment going first to that interest and then to what is owed, is paid off
 * exactly by the last repayment (the actuarial method). For a loan repaid once
 * this is 多还的钱 ÷ 到手金额 ÷ 天数 × 365; for equal payments at equal intervals
 * it is the period's internal rate × periods a year. R is shown as it is, not
 * compounded, the way the legal lines are written.
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
  /** R: simple interest a year on what is still owed. */
  simpleAnnualRate: number;
  /** R ÷ 365. */
  dailyRate: number;
  /** True when the rate is beyond `highestAnnualRate`: the figures then only say “higher than that”. */
  aboveRange: boolean;
  totalPaid: number;
  totalCost: number;
  /** Days from the loan to the last repayment. */
  days: number;
}

export type DatedLoanProblem = 'repayment-before-loan' | 'repaid-not-more';
export type DatedLoanResult =
  { ok: true; cost: DatedLoanCost } | { ok: false; reason: DatedLoanProblem };

/** 1,000,000,000% a year: past this no figure means anything, and the search stops. */
export const highestAnnualRate = 10_000_000;

export function calculateDatedLoanCost(loan: DatedLoan): DatedLoanResult {
  if (loan.repayments.some((repayment) => repayment.day < loan.loanDay))
    return { ok: false, reason: 'repayment-before-loan' };
  const totalPaid = loan.repayments.reduce((sum, repayment) => sum + repayment.amount, 0);
  if (!(totalPaid > loan.received)) return { ok: false, reason: 'repaid-not-more' };

  const repayments = [...loan.repayments].sort((a, b) => a.day - b.day);
  const days = (repayments.at(-1)?.day ?? loan.loanDay) - loan.loanDay;
  const { rate, aboveRange } = solveAnnualRate(loan.loanDay, loan.received, repayments);
  return {
    ok: true,
    cost: {
      simpleAnnualRate: rate,
      dailyRate: rate / 365,
      aboveRange,
      totalPaid,
      totalCost: totalPaid - loan.received,
      days,
    },
  };
}

/**
 * What is still owed after the last repayment when interest runs at `rate`
 * (negative: overpaid). It rises with the rate, so the answer is where it
 * crosses zero.
 */
function owedAfterLastRepayment(
  loanDay: number,
  received: number,
  repayments: readonly DatedRepayment[],
  rate: number,
): number {
  let owed = received;
  let since = loanDay;
  for (const repayment of repayments) {
    owed = owed * (1 + (rate * (repayment.day - since)) / 365) - repayment.amount;
    since = repayment.day;
  }
  return owed;
}

/**
 * More was repaid than received, so at rate 0 the loan is overpaid and the
 * rate lies above 0. The upper end doubles until the loan is underpaid (or the
 * rate passes `highestAnnualRate`), then bisection narrows it to a part in 10¹².
 */
function solveAnnualRate(
  loanDay: number,
  received: number,
  repayments: readonly DatedRepayment[],
): { rate: number; aboveRange: boolean } {
  const owed = (rate: number) => owedAfterLastRepayment(loanDay, received, repayments, rate);
  let low = 0;
  let high = 1;
  while (owed(high) < 0) {
    if (high >= highestAnnualRate) return { rate: highestAnnualRate, aboveRange: true };
    low = high;
    high = Math.min(high * 2, highestAnnualRate);
  }
  while (high - low > high * 1e-12) {
    const middle = (low + high) / 2;
    if (owed(middle) < 0) low = middle;
    else high = middle;
  }
  return { rate: (low + high) / 2, aboveRange: false };
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
  /** The same rate a dated schedule with this one repayment gives. */
  simpleAnnualRate: number;
  aboveRange: boolean;
  totalCost: number;
  deductedUpFront: number;
}

export type ShortLoanResult =
  { ok: true; cost: ShortLoanCost } | { ok: false; reason: 'repaid-not-more' };

/** A "714" loan: money received now, one repayment after so many days, priced by the one method. */
export function calculateShortLoanCost(loan: ShortLoan): ShortLoanResult {
  const dated = calculateDatedLoanCost({
    loanDay: 0,
    received: loan.received,
    repayments: [{ day: loan.days, amount: loan.repaid }],
  });
  if (!dated.ok) return { ok: false, reason: 'repaid-not-more' };
  const totalCost = loan.repaid - loan.received;
  return {
    ok: true,
    cost: {
      costPer100PerDay: (totalCost / loan.received / loan.days) * 100,
      simpleAnnualRate: dated.cost.simpleAnnualRate,
      aboveRange: dated.cost.aboveRange,
      totalCost,
      deductedUpFront: loan.contract - loan.received,
    },
  };
}
