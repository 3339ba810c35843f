/**
 * The small template language of the letters in content/letters/: plain text
 * with places for what the reader typed. Pure, so the page (for the sample
 * shown without JavaScript), the browser and the tests fill letters alike.
 *
 *   {lender}                    what the reader typed in the field `lender`
 *   {name|（你的姓名）}          …or this text when the field is blank
 *   {reference?（编号 {reference}）}   this text only when the field is filled
 *   {incidents?，如下：{incidents}|。}  …and this text when it is blank
 *   {deadline:credit-dispute}   a statutory time limit, e.g. 20日 (src/data/deadlines.ts)
 *   {date}                      the day the letter is written, or blanks to fill by hand
 *
 * A value that ends with 。 placed right before a 。 in the text loses its own,
 * so a reader's full stop never doubles the letter's.
 */

export interface FillContext {
  /** `YYYY-MM-DD`; empty leaves blanks to write by hand. */
  date: string;
  deadlines: Readonly<Record<string, string>>;
}

/** `2026-12-03` as 2026年12月3日; an empty date leaves blanks to write by hand. */
export function letterDate(date: string): string {
  if (date === '') return '____年__月__日';
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The index of the `}` closing the `{` at `start`, counting nested braces. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** Splits `then|else` at the first `|` outside nested braces. */
function splitAlternatives(text: string): [string, string] {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '{') depth++;
    else if (character === '}') depth--;
    else if (character === '|' && depth === 0) return [text.slice(0, index), text.slice(index + 1)];
  }
  return [text, ''];
}

export class LetterTemplateError extends Error {}

/** The field ids a template text uses, each once, in order of first use. */
export function placesIn(text: string): string[] {
  const ids = [...text.matchAll(/\{([a-z][a-z0-9-]*)(?=[}|?])/g)].map((match) => match[1] ?? '');
  return [...new Set(ids.filter((id) => id !== 'date'))];
}

export function fillLetter(
  text: string,
  values: Readonly<Record<string, string>>,
  context: FillContext,
): string {
  const valueOf = (id: string) => values[id]?.trim() ?? '';
  let out = '';
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{', index);
    if (open === -1) {
      out += text.slice(index);
      break;
    }
    out += text.slice(index, open);
    const close = closingBrace(text, open);
    if (close === -1)
      throw new LetterTemplateError(`没有配对的“}”：${text.slice(open, open + 20)}`);
    const inner = text.slice(open + 1, close);
    let piece: string;
    const conditional = /^([a-z][a-z0-9-]*)\?([\s\S]*)$/.exec(inner);
    const deadline = /^deadline:([a-z0-9-]+)$/.exec(inner);
    const plain = /^([a-z][a-z0-9-]*)(?:\|([\s\S]*))?$/.exec(inner);
    if (conditional) {
      const [then, otherwise] = splitAlternatives(conditional[2] ?? '');
      piece = fillLetter(valueOf(conditional[1] ?? '') ? then : otherwise, values, context);
    } else if (deadline) {
      const length = context.deadlines[deadline[1] ?? ''];
      if (length === undefined) throw new LetterTemplateError(`没有这个期限：${deadline[1]}`);
      piece = length;
    } else if (inner === 'date') {
      piece = letterDate(context.date);
    } else if (plain) {
      piece = valueOf(plain[1] ?? '') || (plain[2] ?? '');
    } else {
      throw new LetterTemplateError(`看不懂的占位：{${inner}}`);
    }
    if (text[close + 1] === '。') piece = piece.replace(/[。.]$/, '');
    out += piece;
    index = close + 1;
  }
  return out;
}
