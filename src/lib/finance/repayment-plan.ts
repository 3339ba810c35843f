/**
 * A month-by-month repayment plan for several debts under one monthly budget.
 * Every month each debt pays its minimum; whatever the budget has left goes to
 * one target debt, chosen by strategy:
 * - avalanche: the highest interest rate first (least interest overall);
 * - snowball: the smallest balance first (a debt disappears sooner, which keeps people going).
 * When a debt is cleared, its minimum joins the extra payment for the next.
 */

export interface Debt {
  name: string;
  balance: number;
  /** Annual rate as a fraction; interest accrues monthly at annualRate / 12. */
  annualRate: number;
  minimumPayment: number;
}

export type Strategy = 'avalanche' | 'snowball';

export interface PlanMonth {
  month: number;
  /** Paid to each debt this month, in the order the debts were given. */
  payments: number[];
  /** Each debt's balance after this month's payment. */
  balances: number[];
  interest: number;
}

export interface Plan {
  strategy: Strategy;
  months: PlanMonth[];
  monthsToDebtFree: number;
  totalInterest: number;
  totalPaid: number;
  /** The month each debt is cleared, in the order the debts were given. */
  clearedInMonth: number[];
}

export type PlanResult =
  | { ok: true; plan: Plan }
  | { ok: false; reason: 'budget-below-minimums'; shortfall: number }
  | { ok: false; reason: 'never-paid-off'; months: number };

/** Fifty years: a plan longer than that is not a plan, and the reader needs to negotiate instead. */
export const maxPlanMonths = 600;

const toCents = (amount: number) => Math.round(amount * 100) / 100;

export function minimumsTotal(debts: readonly Debt[]): number {
  return toCents(debts.reduce((sum, debt) => sum + debt.minimumPayment, 0));
}

function targetOrder(
  debts: readonly Debt[],
  balances: readonly number[],
  strategy: Strategy,
): number[] {
  const open = debts.map((_, index) => index).filter((index) => (balances[index] ?? 0) > 0);
  return open.sort((a, b) => {
    const [debtA, debtB] = [debts[a] as Debt, debts[b] as Debt];
    const [balanceA, balanceB] = [balances[a] ?? 0, balances[b] ?? 0];
    return strategy === 'avalanche'
      ? debtB.annualRate - debtA.annualRate || balanceA - balanceB || a - b
      : balanceA - balanceB || debtB.annualRate - debtA.annualRate || a - b;
  });
}

export function buildRepaymentPlan(
  debts: readonly Debt[],
  monthlyBudget: number,
  strategy: Strategy,
): PlanResult {
  const shortfall = toCents(minimumsTotal(debts) - monthlyBudget);
  if (shortfall > 0) return { ok: false, reason: 'budget-below-minimums', shortfall };

  const balances = debts.map((debt) => toCents(debt.balance));
  const clearedInMonth = debts.map(() => 0);
  const months: PlanMonth[] = [];
  let totalInterest = 0;
  let totalPaid = 0;

  for (let month = 1; balances.some((balance) => balance > 0); month++) {
    if (month > maxPlanMonths)
      return { ok: false, reason: 'never-paid-off', months: maxPlanMonths };

    let interest = 0;
    debts.forEach((debt, index) => {
      const charge = toCents((balances[index] ?? 0) * (debt.annualRate / 12));
      balances[index] = toCents((balances[index] ?? 0) + charge);
      interest += charge;
    });

    const payments = debts.map(() => 0);
    let left = monthlyBudget;
    const pay = (index: number, amount: number) => {
      const paid = toCents(Math.min(amount, balances[index] ?? 0, left));
      balances[index] = toCents((balances[index] ?? 0) - paid);
      payments[index] = toCents((payments[index] ?? 0) + paid);
      left = toCents(left - paid);
    };
    debts.forEach((debt, index) => pay(index, debt.minimumPayment));
    for (const index of targetOrder(debts, balances, strategy)) {
      if (left <= 0) break;
      pay(index, left);
    }

    balances.forEach((balance, index) => {
      if (balance <= 0 && clearedInMonth[index] === 0 && (debts[index]?.balance ?? 0) > 0)
        clearedInMonth[index] = month;
    });
    const paidThisMonth = payments.reduce((sum, amount) => sum + amount, 0);
    totalInterest = toCents(totalInterest + interest);
    totalPaid = toCents(totalPaid + paidThisMonth);
    months.push({ month, payments, balances: [...balances], interest: toCents(interest) });
  }

  return {
    ok: true,
    plan: {
      strategy,
      months,
      monthsToDebtFree: months.length,
      totalInterest,
      totalPaid,
      clearedInMonth,
    },
  };
}
