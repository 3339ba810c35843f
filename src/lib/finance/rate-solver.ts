/**
 * The internal rate of return of a loan paid in equal periods: the one rate
 * per period at which the payments, discounted back, equal the money actually
 * received. This is the rate Chinese disclosure rules annualise (IRR × periods
 * a year), and the dated method in dated-rate.ts gives the same for payments
 * at equal intervals.
 */

export type RateSolution =
  | { ok: true; rate: number; aboveRange: boolean }
  | { ok: false; reason: 'not-a-loan' | 'repaid-not-more' };

/** 1,000,000% a period: past this the search stops and the figures only say “higher”. */
export const highestPeriodRate = 10_000;

/**
 * Net present value at `rate` of cash flows indexed by period: index 0 is now
 * (money received, positive), later entries are payments (negative).
 */
export function netPresentValue(cashFlows: readonly number[], rate: number): number {
  let value = 0;
  let discount = 1;
  for (const flow of cashFlows) {
    value += flow / discount;
    discount *= 1 + rate;
  }
  return value;
}

/**
 * Only a loan has a rate here: money received first, then only payments, and
 * more paid than received. Then the value is below 0 at rate 0 and rises
 * steadily towards what was received, so there is exactly one positive answer:
 * the upper end doubles until it is passed (or the rate passes
 * `highestPeriodRate`), then bisection narrows it to a part in 10¹².
 */
export function solveInternalRate(cashFlows: readonly number[]): RateSolution {
  const [received = 0, ...payments] = cashFlows;
  if (!(received > 0) || payments.length === 0 || payments.some((flow) => !(flow <= 0)))
    return { ok: false, reason: 'not-a-loan' };
  if (!(netPresentValue(cashFlows, 0) < 0)) return { ok: false, reason: 'repaid-not-more' };
  let low = 0;
  let high = 1;
  while (netPresentValue(cashFlows, high) < 0) {
    if (high >= highestPeriodRate) return { ok: true, rate: highestPeriodRate, aboveRange: true };
    low = high;
    high = Math.min(high * 2, highestPeriodRate);
  }
  while (high - low > high * 1e-12) {
    const middle = (low + high) / 2;
    if (netPresentValue(cashFlows, middle) < 0) low = middle;
    else high = middle;
  }
  return { ok: true, rate: (low + high) / 2, aboveRange: false };
}
