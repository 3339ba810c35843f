/**
 * The worked example the plan page's prose quotes (content/tools/plan.mdx),
 * planned by the tool's own code so the text and the tool cannot disagree.
 */
import { buildRepaymentPlan, type Debt, type Strategy } from '../../../lib/finance/repayment-plan';

export const exampleDebts: readonly Debt[] = [
  { name: '网贷 A', balance: 3_000, annualRate: 0.36, minimumPayment: 150 },
  { name: '信用卡 B', balance: 2_000, annualRate: 0.18, minimumPayment: 100 },
];
export const exampleBudget = 600;

function plan(strategy: Strategy) {
  const result = buildRepaymentPlan([...exampleDebts], exampleBudget, strategy);
  if (!result.ok) throw new Error('worked example must produce a plan');
  return result.plan;
}

export const examplePlans = { avalanche: plan('avalanche'), snowball: plan('snowball') };
