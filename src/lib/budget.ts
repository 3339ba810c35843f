/**
 * A 收支说明: what comes in each month, what the household cannot do without,
 * what is left, and a fair monthly offer to each lender. Fair means in
 * proportion to what is owed, with a floor the reader may set so that a small
 * lender is not offered a few 元; nobody is offered more than they are owed,
 * and the offers never add up to more than is left.
 */

export interface BudgetLine {
  label: string;
  amount: number;
}

export interface BudgetDebt {
  lender: string;
  owed: number;
}

export interface BudgetInput {
  income: readonly BudgetLine[];
  essentials: readonly BudgetLine[];
  debts: readonly BudgetDebt[];
  /** The least worth offering any one lender each month; 0 for none. */
  floor: number;
}

export interface Offer extends BudgetDebt {
  /** Whole 元 a month. */
  monthly: number;
}

export type BudgetStanding =
  /** Every lender gets at least the floor. */
  | 'fair'
  /** Not enough for the floor everywhere: offers are in proportion only. */
  | 'below-floor'
  /** Nothing left after essentials: the statement says so instead of offering. */
  | 'nothing-left';

export interface BudgetStatement {
  incomeTotal: number;
  essentialsTotal: number;
  leftOver: number;
  totalOwed: number;
  offers: Offer[];
  offeredTotal: number;
  standing: BudgetStanding;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Shares of `budget` in proportion to `weights`, where any share under `floor`
 * is raised to it and the rest re-shared among the others; none above its cap.
 */
function shareWithFloor(
  budget: number,
  debts: readonly BudgetDebt[],
  floor: number,
): Map<BudgetDebt, number> {
  const shares = new Map<BudgetDebt, number>();
  let open = [...debts];
  let remaining = budget;
  // Each round fixes at least one debt at its floor or its cap, so this ends.
  for (let round = 0; round <= debts.length && open.length > 0; round++) {
    const weight = sum(open.map((debt) => debt.owed));
    const fixed = open.filter((debt) => {
      const share = (remaining * debt.owed) / weight;
      return share < floor || share > debt.owed;
    });
    if (fixed.length === 0) {
      for (const debt of open) shares.set(debt, (remaining * debt.owed) / weight);
      return shares;
    }
    for (const debt of fixed) {
      const share = Math.min(Math.max((remaining * debt.owed) / weight, floor), debt.owed);
      shares.set(debt, share);
    }
    remaining -= sum(fixed.map((debt) => shares.get(debt) ?? 0));
    open = open.filter((debt) => !fixed.includes(debt));
  }
  return shares;
}

export function buildBudgetStatement(input: BudgetInput): BudgetStatement {
  const incomeTotal = sum(input.income.map((line) => line.amount));
  const essentialsTotal = sum(input.essentials.map((line) => line.amount));
  const leftOver = incomeTotal - essentialsTotal;
  const totalOwed = sum(input.debts.map((debt) => debt.owed));
  const floorFor = (debt: BudgetDebt) => Math.min(input.floor, debt.owed);

  let standing: BudgetStanding = 'fair';
  let shares: Map<BudgetDebt, number>;
  if (leftOver <= 0) {
    standing = 'nothing-left';
    shares = new Map(input.debts.map((debt) => [debt, 0]));
  } else if (sum(input.debts.map(floorFor)) > leftOver) {
    standing = 'below-floor';
    shares = shareWithFloor(leftOver, input.debts, 0);
  } else {
    shares = shareWithFloor(leftOver, input.debts, input.floor);
  }
  // Whole 元, rounded down: the offers never promise more than is left.
  const offers = input.debts.map((debt) => ({
    ...debt,
    monthly: Math.floor(Math.min(shares.get(debt) ?? 0, debt.owed)),
  }));
  return {
    incomeTotal,
    essentialsTotal,
    leftOver,
    totalOwed,
    offers,
    offeredTotal: sum(offers.map((offer) => offer.monthly)),
    standing,
  };
}
