/**
 * `{{fact-id}}` in an article stands for a value from src/data/facts.ts, so a
 * value that changes (the LPR, a hotline number, a policy deadline) is typed
 * once. Each token knows its text and the day it was checked.
 */
import { facts, type Facts } from '../../data/facts';
import { deadlineLength, deadlines } from '../../data/deadlines';
import { formatChineseDate, parseCalendarDate } from '../dates';

export interface FactValue {
  text: string;
  /** When it was last compared with its source. Statutory deadlines have none: the cited article is their source. */
  checked?: FactCheck;
}

export interface FactCheck {
  on: Date;
  confirmed: boolean;
}

const date = (text: string) => formatChineseDate(parseCalendarDate(text) as Date);
// 0.03 → 3%, 0.0345 → 3.45%, 0.124 → 12.4%: as many decimals as the rate has, up to two.
const percent = (fraction: number) => `${Number((fraction * 100).toFixed(2))}%`;

/** Every token an author may write, and what it shows. */
export function factValues(data: Facts = facts): Map<string, FactValue> {
  const values = new Map<string, FactValue>();
  const add = (id: string, text: string, checked: { on: string; confirmed: boolean }) =>
    values.set(id, {
      text,
      checked: { on: parseCalendarDate(checked.on) as Date, confirmed: checked.confirmed },
    });
  add('lpr', percent(data.lpr.oneYear), data.lpr.checked);
  add('lpr-4x', percent(data.lpr.oneYear * 4), data.lpr.checked);
  add('lpr-since', date(data.lpr.effectiveFrom), data.lpr.checked);
  for (const line of Object.values(data.hotlines)) {
    add(`hotline-${line.number}`, line.number, line.checked);
  }
  const repair = data.creditRepair;
  add('credit-repair-from', date(repair.arisingFrom), repair.checked);
  add('credit-repair-to', date(repair.arisingTo), repair.checked);
  add('credit-repair-max', `${repair.maxAmountYuan / 10_000}万元`, repair.checked);
  add('credit-repair-repaid-by', date(repair.repaidBy), repair.checked);
  add('credit-repair-announced', date(repair.announced), repair.checked);
  for (const [id, deadline] of Object.entries(deadlines)) {
    values.set(`deadline-${id}`, { text: deadlineLength(deadline) });
  }
  return values;
}

export const factTokenPattern = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** What a reader sees after the first mention of a fact on a page. */
export function checkedNote(checked: FactCheck): string {
  const when = formatChineseDate(checked.on);
  return checked.confirmed ? `${when}核对` : `${when}核对，未能确认原始出处`;
}

/** The same note from a fact's `checked` record in src/data/facts.ts. */
export function checkedNoteOf(checked: { on: string; confirmed: boolean }): string {
  return checkedNote({ on: parseCalendarDate(checked.on) as Date, confirmed: checked.confirmed });
}

/** Tokens in a text that name no fact, for the content check. */
export function unknownFactTokens(text: string, values = factValues()): string[] {
  return [...text.matchAll(factTokenPattern)]
    .map((match) => match[1] ?? '')
    .filter((id) => !values.has(id));
}

export type FactPart = { text: string; note?: string };

/** A plain text with its tokens replaced: each value carries its check note, for pages outside Markdown. */
export function expandFacts(text: string, values = factValues()): FactPart[] {
  const parts: FactPart[] = [];
  let last = 0;
  for (const match of text.matchAll(factTokenPattern)) {
    const value = values.get(match[1] ?? '');
    if (!value) throw new Error(`“${match[0]}”不是 src/data/facts.ts 里的数据`);
    parts.push(
      { text: text.slice(last, match.index) },
      value.checked ? { text: value.text, note: checkedNote(value.checked) } : { text: value.text },
    );
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push({ text: text.slice(last) });
  return parts.filter((part) => part.text !== '');
}

/** A text with its tokens replaced by their values alone, as a heading shows them; unknown tokens stay. */
export function expandFactText(text: string, values = factValues()): string {
  return text.replace(factTokenPattern, (token, id: string) => values.get(id)?.text ?? token);
}
