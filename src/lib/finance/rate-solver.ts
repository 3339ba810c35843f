/**
 * The internal rate of return of a loan: the one rate per period at which the
 * payments, discounted back, equal the money actually received. This is the
 * rate Chinese disclosure rules annualise (IRR × periods a year).
 */

export type RateSolution =
  { ok: true; rate: number } | { ok: false; reason: 'no-sign-change' | 'no-convergence' };

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

const lowestRate = -0.9999;
const highestRate = 100; // 10,000% a period: anything beyond is not a loan a court would look at.

/**
 * Bisection between -99.99% and 10,000% a period. Slower than Newton's method
 * but it cannot diverge: for a loan (money in, then only money out) the value
 * falls steadily as the rate rises, so there is exactly one answer if any.
 */
export function solveInternalRate(cashFlows: readonly number[], tolerance = 1e-12): RateSolution {
  let low = lowestRate;
  let high = highestRate;
  let valueAtLow = netPresentValue(cashFlows, low);
  const valueAtHigh = netPresentValue(cashFlows, high);
  if (
    !Number.isFinite(valueAtLow) ||
    !Number.isFinite(valueAtHigh) ||
    Math.sign(valueAtLow) === Math.sign(valueAtHigh)
  ) {
    return { ok: false, reason: 'no-sign-change' };
  }
  for (let iteration = 0; iteration < 300; iteration++) {
    const middle = (low + high) / 2;
    const value = netPresentValue(cashFlows, middle);
    if (Math.abs(high - low) < tolerance || value === 0) return { ok: true, rate: middle };
    if (Math.sign(value) === Math.sign(valueAtLow)) {
      low = middle;
      valueAtLow = value;
    } else {
      high = middle;
    }
  }
  return { ok: false, reason: 'no-convergence' };
}
