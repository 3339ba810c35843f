/**
 * A repayment schedule pasted from a lender's app, one repayment per line:
 * "2026-01-05 1083.33", "第1期 2026-01-05 应还 1,083.33元", "2026年1月5日 ￥1,083.33".
 * Full-width digits and punctuation, thousands separators and 元 are accepted.
 * Every line is read or reported by its number; a schedule with any bad line
 * gives no result, so nothing is computed from a half-read schedule.
 */
import { normalizeNumberText } from './parse-input';

export interface ScheduleLine {
  /** 1-based line number in what the reader pasted. */
  line: number;
  /** Days since 1970-01-01 (UTC), so differences are whole days. */
  day: number;
  amount: number;
}

export interface ScheduleProblem {
  line: number;
  message: string;
}

export type ParsedSchedule =
  { ok: true; lines: ScheduleLine[] } | { ok: false; problems: ScheduleProblem[] };

/** More lines than any real loan has; past this the page says so instead of working for minutes. */
export const maxScheduleLines = 10_000;
const maxAmount = 100_000_000;

const fullWidth = (text: string) =>
  text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');

const datePattern = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const amountPattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
// The word before the total on lines that also list principal and interest.
const totalWord = /(?:应还|合计|共计|总额|还款金额|本期应还)[^\d]{0,4}$/;

/** Days since 1970-01-01 for a real calendar date, or undefined (2026-02-30 is not one). */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return Math.round(time / 86_400_000);
}

/** A date as typed (2026-01-05, 2026/1/5, 2026年1月5日), as a day number. */
export function parseDay(raw: string): number | undefined {
  const match = datePattern.exec(fullWidth(raw).trim());
  if (!match) return undefined;
  return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

function readLine(text: string, line: number): ScheduleLine | ScheduleProblem {
  const date = datePattern.exec(text);
  if (!date) return { line, message: `第${line}行：没有找到日期，请写成 2026-01-05 这样` };
  const day = dayNumber(Number(date[1]), Number(date[2]), Number(date[3]));
  if (day === undefined) return { line, message: `第${line}行：日期“${date[0].trim()}”不存在` };

  // Instalment numbers (第1期, 1/12) are not amounts.
  const rest = text
    .replace(date[0], ' ')
    .replace(/第\s*\d+\s*期/g, ' ')
    .replace(/\b\d+\s*\/\s*\d+\s*期?/g, ' ');
  const found = [...rest.matchAll(amountPattern)];
  if (/(?:^|\s)-\d/.test(rest)) return { line, message: `第${line}行：金额不能是负数` };
  let chosen = found.length === 1 ? found[0] : undefined;
  if (found.length > 1) {
    chosen = found.find((match) => totalWord.test(rest.slice(0, match.index)));
    if (!chosen)
      return {
        line,
        message: `第${line}行有几个数字（${found.map((m) => m[0]).join('、')}），请只留下这一期应还的总额`,
      };
  }
  if (!chosen) return { line, message: `第${line}行：没有找到金额` };
  const amount = Number(normalizeNumberText(chosen[0]));
  if (amount <= 0) return { line, message: `第${line}行：金额必须大于 0` };
  if (amount > maxAmount) return { line, message: `第${line}行：金额太大了，请检查是不是多输了 0` };
  return { line, day, amount };
}

export function parseSchedule(raw: string): ParsedSchedule {
  const rows = fullWidth(raw).split(/\r?\n/);
  const filled = rows.filter((row) => row.trim() !== '').length;
  if (filled === 0) return { ok: false, problems: [{ line: 0, message: '请至少填一笔还款' }] };
  if (filled > maxScheduleLines)
    return {
      ok: false,
      problems: [
        {
          line: 0,
          message: `最多 ${maxScheduleLines.toLocaleString('zh-CN')} 行，现在有 ${filled.toLocaleString('zh-CN')} 行`,
        },
      ],
    };
  const lines: ScheduleLine[] = [];
  const problems: ScheduleProblem[] = [];
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    const read = readLine(row, index + 1);
    if ('message' in read) problems.push(read);
    else lines.push(read);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}
