/**
 * The worked example the budget page's prose quotes (content/tools/budget.mdx),
 * shared out by the tool's own code so the text cannot drift from the tool.
 */
import { buildBudgetStatement, type BudgetDebt } from '../../../lib/budget';

export const exampleIncome = 5_000;
export const exampleEssentials = 3_800;
export const exampleFloor = 100;
export const exampleDebts: readonly BudgetDebt[] = [
  { lender: '甲银行', owed: 20_000 },
  { lender: '乙消费金融', owed: 8_000 },
  { lender: '丙小贷', owed: 2_000 },
];

export const exampleStatement = buildBudgetStatement({
  income: [{ label: '工资', amount: exampleIncome }],
  essentials: [{ label: '必要开支', amount: exampleEssentials }],
  debts: [...exampleDebts],
  floor: exampleFloor,
});

const totalOwed = exampleDebts.reduce((sum, debt) => sum + debt.owed, 0);
/** What each lender would get by proportion alone, before the floor. */
export const proportionalShares = exampleDebts.map(
  (debt) => (exampleStatement.leftOver * debt.owed) / totalOwed,
);
