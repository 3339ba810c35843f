/**
 * What the APR tool's markup (AprTool.astro) and its script (apr-tool.ts) agree
 * on: the kinds of loan, the field ids, the result slots and the lender
 * choices. Both import it, so a renamed field or slot is a type error on both
 * sides rather than a blank on the reader's screen.
 */
import type { LenderType } from '../../../data/legal-rate-lines';
import { hook } from '../hooks';
import type { ui } from '../../../i18n/zh';

export const loanKinds = ['instalments', 'schedule', 'days'] as const;
export type LoanKind = (typeof loanKinds)[number];

export const paymentModes = ['payment', 'quote'] as const;
export type PaymentMode = (typeof paymentModes)[number];

/** `unknown` compares with both lines without saying which applies. */
export const lenderChoices = ['unknown', 'private', 'licensed'] as const satisfies readonly (
  LenderType | 'unknown'
)[];
export type LenderChoice = (typeof lenderChoices)[number];

/** Every input's id (and name), by what it holds. */
export const fields = {
  kind: 'kind',
  lender: 'lender',
  contract: 'contract',
  received: 'received',
  periods: 'periods',
  unit: 'unit',
  mode: 'mode',
  payment: 'payment',
  quote: 'quote',
  fee: 'fee',
  loanDate: 'loan-date',
  scheduleReceived: 'schedule-received',
  schedule: 'schedule',
  daysContract: 'days-contract',
  daysReceived: 'days-received',
  days: 'days',
  daysRepaid: 'days-repaid',
} as const;

/** The figures each kind of loan shows, in order; the first is the headline. */
export const outputs = {
  instalments: ['nominal', 'period', 'effective', 'totalPaid', 'totalCost', 'deducted'],
  schedule: [
    'scheduleSimple',
    'scheduleDaily',
    'scheduleTotalPaid',
    'scheduleTotalCost',
    'scheduleDays',
  ],
  days: ['shortRate', 'per100', 'shortCost', 'shortDeducted'],
} as const satisfies Record<LoanKind, readonly string[]>;
export type Output<K extends LoanKind = LoanKind> = (typeof outputs)[K][number];

/** Figures shown only when something was taken up front. */
export const deductedOutputs: readonly Output[] = ['deducted', 'shortDeducted'];

/** The strings the script writes, handed over by the component as JSON. */
export type AprStrings = typeof ui.tools.apr.client;

/** The places apr-tool.ts finds in the markup (see ../hooks.ts). */
export const aprHooks = [
  'kind',
  'mode',
  'figures',
  'out',
  'deducted',
  'unsolvable',
  'comparison',
  'line',
  'verdict',
  'applies',
] as const;
export type AprHook = (typeof aprHooks)[number];
export const aprHook = (name: AprHook, value?: string | number) =>
  hook(name, value === undefined ? '' : String(value));
