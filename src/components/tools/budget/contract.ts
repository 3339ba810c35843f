/**
 * What the budget statement's markup (BudgetTool.astro) and its script
 * (budget-tool.ts) agree on: field ids, how many lender rows there are and
 * the result slots.
 */
import type { ui } from '../../../i18n/zh';
import { hook } from '../hooks';

type BudgetText = typeof ui.tools.budget;
export type IncomeLine = keyof BudgetText['income'];
export type EssentialLine = keyof BudgetText['essentials'];

export const incomeField = (line: IncomeLine) => `income-${line}`;
export const essentialField = (line: EssentialLine) => `spend-${line}`;
/** Every income field starts so: the script reads them all without listing them. */
export const incomePrefix = 'income-';
export const essentialPrefix = 'spend-';
export const lenderField = (index: number) => `lender-${index}`;
export const owedField = (index: number) => `owed-${index}`;
export const floorField = 'floor';
export const reasonField = 'reason';

/** Rows for lenders; a reader with more folds the smallest together. */
export const lenderRows = 6;

/** The statement's slots the script fills. */
export const outputs = ['dated', 'income', 'essentials', 'leftOver', 'standing'] as const;
export type Output = (typeof outputs)[number];

/** The places budget-tool.ts finds in the markup (see ../hooks.ts). */
export const budgetHooks = ['out', 'debt-row', 'lines', 'offers', 'letters'] as const;
export type BudgetHook = (typeof budgetHooks)[number];
export const budgetHook = (name: BudgetHook, value = '') => hook(name, value);
/** A result slot, named from `outputs` so the script and the markup agree. */
export const outSlot = (name: Output) => budgetHook('out', name);
