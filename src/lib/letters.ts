/**
 * Letters a reader sends a lender, a collector or a credit bureau, beside the
 * negotiation letter (src/lib/negotiation-letter.ts). Their words live in
 * content/letters/<id>.yaml; this module fills them in and says what is
 * missing. Nothing is sent anywhere.
 */
import { fillLetter, type FillContext } from './letter-template';

export { letterDate } from './letter-template';

export interface LetterField {
  id: string;
  label: string;
  hint?: string | undefined;
  multiline?: boolean | undefined;
  required?: boolean | undefined;
}

export type LetterContext = FillContext;

export type LetterValues = Readonly<Record<string, string>>;

/** What the form and the filling need of a letter: its fields and its text. */
export interface LetterForm {
  fields: readonly LetterField[];
  text: string;
}

export interface LetterTemplate extends LetterForm {
  id: string;
  title: string;
  description: string;
  /** The citations the letter rests on, one string, linked on the page. */
  basis: string;
}

export function renderLetter(
  letter: LetterForm,
  values: LetterValues,
  context: LetterContext,
): string {
  return fillLetter(letter.text, values, context);
}

/** What a blank looks like in a sample letter: the field's name without its notes, in 【】. */
export const blank = (label: string) => `【${label.replace(/（[^）]*）/g, '').trim()}】`;

/**
 * The letter with every required field left as a marked blank and no date:
 * what the page shows when its script cannot run, to copy or write out by hand.
 */
export function sampleLetter(letter: LetterForm, deadlines: LetterContext['deadlines']): string {
  const values = Object.fromEntries(
    letter.fields.map((field) => [field.id, field.required ? blank(field.label) : '']),
  );
  return renderLetter(letter, values, { date: '', deadlines });
}

/** The required fields left blank, by id. */
export function missingFields(letter: LetterForm, values: LetterValues): LetterField[] {
  return letter.fields.filter((field) => field.required && !values[field.id]?.trim());
}
