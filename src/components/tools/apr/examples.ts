/**
 * The worked examples the APR page's prose quotes (content/tools/apr.mdx),
 * computed by the same library code as the tool, so the text cannot drift
 * from what the tool would say for the same loan.
 */
import {
  calculateLoanCost,
  flatQuoteInstalment,
  type LoanTerms,
} from '../../../lib/finance/loan-cost';
import { calculateShortLoanCost } from '../../../lib/finance/dated-rate';

const tenThousandOverAYear: LoanTerms = {
  contractAmount: 10_000,
  receivedAmount: 10_000,
  periods: 12,
  periodUnit: 'month',
  paymentPerPeriod: 1_000,
  feePerPeriod: 0,
};

function instalments(terms: Partial<LoanTerms>) {
  const result = calculateLoanCost({ ...tenThousandOverAYear, ...terms });
  if (!result.ok) throw new Error(`worked example does not solve: ${result.reason}`);
  return result.cost;
}

/** 月息1分 on 10,000 over 12 months: interest every month on the whole 10,000. */
const flatInstalment = flatQuoteInstalment(10_000, 12, 0.01);

const shortLoan = calculateShortLoanCost({
  contract: 1_000,
  received: 700,
  days: 7,
  repaid: 1_000,
});
if (!shortLoan.ok) throw new Error('worked example does not solve');

/** Each example's figures, as fractions (rates) or yuan (amounts). */
export const aprExamples = {
  /** 10,000 received, 12 × 1,000. */
  plain: instalments({}),
  /** The same, with 1,000 kept back: 9,000 received. */
  deducted: instalments({ receivedAmount: 9_000 }),
  /** 月息1分 quoted on the full principal. */
  flat: { ...instalments({ paymentPerPeriod: flatInstalment }), instalment: flatInstalment },
  /** A 714 loan: 1,000 contract, 700 received, 1,000 repaid after 7 days. */
  short: shortLoan.cost,
};

export type AprExample = keyof typeof aprExamples;
