import type { LetterForm } from '../../../lib/letters';
import { hook } from '../hooks';

/**
 * What the negotiation letter's markup (NegotiationTool.astro) and its script
 * (negotiation-tool.ts) agree on: the field ids. The other letters take their
 * fields from their templates in src/lib/letters.ts, read by both sides.
 */
export const negotiationFields = {
  lender: 'lender',
  borrower: 'borrower',
  reference: 'reference',
  owed: 'owed',
  monthly: 'monthly',
  months: 'months',
  reason: 'reason',
  requests: 'requests',
} as const;

/** What the letter pages add to their strings: the statutory limits the letters quote, as sentences read them. */
export interface LetterExtra {
  deadlines: Readonly<Record<string, string>>;
  /** The letter's form and text (content/letters/<id>.yaml), filled in the browser. */
  letter: LetterForm;
}

/** The places the letter scripts find in the markup (see ../hooks.ts). */
export const letterHooks = ['letter', 'warning'] as const;
export type LetterHook = (typeof letterHooks)[number];
export const letterHook = (name: LetterHook, value = '') => hook(name, value);
