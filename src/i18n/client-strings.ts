/**
 * The strings each page script writes into the page, by the script's name.
 * The page's component hands them over as JSON (src/components/ToolStrings.astro)
 * and the script reads them with the type from here (src/scripts/tool-strings.ts),
 * so a key the script uses and the page does not send is a type error. Scripts
 * import this module's types only: the strings reach the browser once, as JSON.
 */
import { ui } from './zh';

const { output, fixErrors } = ui.tools;
const copyStatus = { copied: output.copied, copyFailed: output.copyFailed };

// Every tool can offer 复制全文 (OutputActions), so every tool's strings say how a copy went.
export const clientStrings = {
  apr: { ...ui.tools.apr.client, ...copyStatus },
  plan: {
    ...copyStatus,
    fixErrors,
    shortfall: ui.tools.plan.shortfall,
    neverPaid: ui.tools.plan.neverPaid,
    avalanche: ui.tools.plan.avalanche,
    snowball: ui.tools.plan.snowball,
    tableHeading: ui.tools.plan.tableHeading,
    month: ui.tools.plan.month,
    amountColumn: ui.tools.plan.amountColumn,
    interestColumn: ui.tools.plan.interestColumn,
    remaining: ui.tools.plan.remaining,
    debt: ui.tools.plan.debt,
  },
  budget: { ...ui.tools.budget.client, ...copyStatus },
  negotiate: {
    fixErrors,
    tooShort: ui.tools.letter.tooShort,
    reasonRequired: ui.tools.letter.reasonRequired,
    lenderRequired: ui.tools.letter.lenderRequired,
    ...copyStatus,
  },
  letters: { ...ui.tools.letters.client, ...copyStatus },
  search: {
    loading: ui.search.loading,
    resultCount: ui.search.resultCount,
    noResults: ui.search.noResults,
    unavailable: ui.search.unavailable,
    partialMatch: ui.search.partialMatch,
    section: ui.search.section,
    crisisStatus: ui.search.crisis.status,
    answerLabel: ui.search.answerLabel,
    answerStatus: ui.search.answerStatus,
  },
} as const;

export type ClientName = keyof typeof clientStrings;
export type ClientStrings<N extends ClientName> = (typeof clientStrings)[N];
