/**
 * Calendar dates as authors write them (`2025-03-01`) and as readers see them
 * (`2025年3月1日`). Dates carry no time of day, so they live at UTC midnight and
 * are always read back in UTC: a build machine's time zone must never shift an
 * article's date by one day.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a UTC date, or returns `undefined` when the day does not exist. */
export function parseCalendarDate(text: string): Date | undefined {
  const match = isoDatePattern.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC quietly turns 2024-02-30 into 2024-03-01; a real date survives the round trip.
  const isRealDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isRealDay ? date : undefined;
}

/** `2025-03-01`, for `<time datetime>`, sitemaps and JSON-LD. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2025年3月1日`, the way Chinese readers write a date. */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
