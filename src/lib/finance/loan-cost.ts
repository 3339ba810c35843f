/**
 * What a loan really costs: the period rate from the cash flows, annualised
 * the way Chinese lenders must disclose it, the compounded effective rate, and
 * the money paid on top of what was actually received.
 */
import { solveInternalRate } from './rate-solver';

export type PeriodUnit = 'month' | 'week' | 'day';

export const periodsPerYear: Record<PeriodUnit, number> = { month: 12, week: 52, day: 365 };

export interface LoanTerms {
  /** The amount written in the contract. */
  contractAmount: number;
  /** What reached the borrower's account after anything taken up front (砍头息, 服务费). */
  receivedAmount: number;
  periods: number;
  periodUnit: PeriodUnit;
  /** The instalment the lender asks for each period. */
  paymentPerPeriod: number;
  /** Fees charged every period on top of the instalment (会员费, 担保费…). */
  feePerPeriod: number;
}

export interface LoanCost {
  /** Internal rate of return per period. */
  periodRate: number;
  /** True when the rate is beyond what the solver looks for: the figures then only say “higher”. */
  aboveRange: boolean;
  /** Period rate × periods a year: the annualised rate disclosure rules ask for. */
  nominalAnnualRate: number;
  /** (1 + period rate)^periods a year − 1: what the money costs with compounding. */
  effectiveAnnualRate: number;
  totalPaid: number;
  /** Everything paid beyond the money actually received. */
  totalCost: number;
  /** Taken before the money arrived: contract amount minus amount received. */
  deductedUpFront: number;
}

/** not-a-loan: nothing received or nothing to repay; repaid-not-more: the payments do not add up to more than was received. */
export type LoanCostResult =
  { ok: true; cost: LoanCost } | { ok: false; reason: 'not-a-loan' | 'repaid-not-more' };

export function calculateLoanCost(terms: LoanTerms): LoanCostResult {
  const outflow = terms.paymentPerPeriod + terms.feePerPeriod;
  const cashFlows = [
    terms.receivedAmount,
    ...Array.from({ length: terms.periods }, () => -outflow),
  ];
  const solution = solveInternalRate(cashFlows);
  if (!solution.ok) return { ok: false, reason: solution.reason };

  const perYear = periodsPerYear[terms.periodUnit];
  const totalPaid = outflow * terms.periods;
  return {
    ok: true,
    cost: {
      periodRate: solution.rate,
      aboveRange: solution.aboveRange,
      nominalAnnualRate: solution.rate * perYear,
      effectiveAnnualRate: (1 + solution.rate) ** perYear - 1,
      totalPaid,
      totalCost: totalPaid - terms.receivedAmount,
      deductedUpFront: terms.contractAmount - terms.receivedAmount,
    },
  };
}

/**
 * The instalment of a "flat" quote such as 月息1分: interest charged every
 * period on the full original principal, though the balance falls as it is
 * repaid. That is why the true rate is nearly double the quote.
 */
export function flatQuoteInstalment(
  principal: number,
  periods: number,
  flatRatePerPeriod: number,
): number {
  return principal / periods + principal * flatRatePerPeriod;
}

/** A daily quote (日息万五 = 0.05% a day) as a simple annual rate, the way it is usually advertised. */
export function dailyQuoteToAnnual(dailyRate: number): number {
  return dailyRate * periodsPerYear.day;
}
