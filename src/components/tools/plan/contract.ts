/**
 * What the repayment plan's markup (PlanTool.astro, DebtRow.astro) and its
 * script (plan-tool.ts) agree on: the ids of a debt row's fields, the budget
 * field and how many rows a reader may add.
 */
import type { ui } from '../../../i18n/zh';
import { hook } from '../hooks';

/** The fields of one debt row, by what they hold. */
export const debtParts = ['name', 'balance', 'rate', 'minimum'] as const;
export type DebtPart = (typeof debtParts)[number];

/** `N` stands in the <template> row the script copies and renumbers. */
export type RowIndex = number | 'N';
export const templateIndex = 'N';
export const debtFieldPrefix = (index: RowIndex) => `debt-${index}-`;
export const debtFieldId = (index: RowIndex, part: DebtPart) => `${debtFieldPrefix(index)}${part}`;

export const budgetField = 'budget';
export const maxDebts = 10;
/** Rows on the page before the reader adds any. */
export const initialRows = 2;

export type PlanStrings = typeof ui.tools.plan;

/** The places plan-tool.ts finds in the markup (see ../hooks.ts). */
export const planHooks = [
  'debt-rows',
  'debt-row',
  'debt-template',
  'add-debt',
  'remove-debt',
  'problem',
  'problem-text',
  'plan-output',
  'summary-rows',
  'chart',
  'month-tables',
] as const;
export type PlanHook = (typeof planHooks)[number];
export const planHook = (name: PlanHook, value = '') => hook(name, value);
