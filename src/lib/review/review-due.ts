/**
 * What is due for checking again: anything last checked more than `maxAgeDays`
 * ago, and anything marked as having a revision we could not confirm. Most
 * urgent first: pending revisions (the text on the site may already be
 * wrong), then the longest unchecked.
 */
import type { CheckedItem } from './check-dates';
import { toIsoDate } from '../dates';

/** Half a year: laws, hotlines and rates change on that scale. */
export const defaultMaxAgeDays = 180;

const dayMs = 24 * 60 * 60 * 1000;

export interface DueItem extends CheckedItem {
  ageDays: number;
  reasons: ('pending-revision' | 'old')[];
}

export function ageInDays(checkedOn: Date, today: Date): number {
  return Math.floor((today.getTime() - checkedOn.getTime()) / dayMs);
}

export function findDue(
  items: readonly CheckedItem[],
  today: Date,
  maxAgeDays = defaultMaxAgeDays,
): DueItem[] {
  return items
    .map((item) => {
      const ageDays = ageInDays(item.checkedOn, today);
      const reasons: DueItem['reasons'] = [];
      if (item.pendingRevision !== undefined) reasons.push('pending-revision');
      if (ageDays > maxAgeDays) reasons.push('old');
      return { ...item, ageDays, reasons };
    })
    .filter((item) => item.reasons.length > 0)
    .sort(
      (a, b) =>
        Number(b.reasons.includes('pending-revision')) -
          Number(a.reasons.includes('pending-revision')) ||
        b.ageDays - a.ageDays ||
        a.file.localeCompare(b.file),
    );
}

const kindLabels: Record<CheckedItem['kind'], string> = {
  fact: '数据',
  law: '法规',
  article: '文章',
  platform: '平台',
};

/** The list as the command prints it: one line per item, what to open and why. */
export function formatDueReport(
  due: readonly DueItem[],
  options: { today: Date; maxAgeDays: number; oldest: CheckedItem | undefined },
): string {
  const { today, maxAgeDays, oldest } = options;
  const lines = [
    due.length === 0
      ? `没有需要复核的内容（今天 ${toIsoDate(today)}，标准：超过 ${maxAgeDays} 天没有核对，或标明修订情况待确认）。`
      : `需要复核 ${due.length} 项（今天 ${toIsoDate(today)}，标准：超过 ${maxAgeDays} 天没有核对，或标明修订情况待确认），最急的在前：`,
    ...due.map((item, index) => {
      const why = [
        ...(item.pendingRevision !== undefined
          ? [`修订待确认：${item.pendingRevision.replace(/[。.]$/, '')}`]
          : []),
        `最近核对 ${toIsoDate(item.checkedOn)}（${item.ageDays} 天前）`,
      ].join('；');
      return `${index + 1}. [${kindLabels[item.kind]}] ${item.label}  ${item.file}\n   ${why}`;
    }),
  ];
  if (oldest) {
    lines.push(
      `全站最早的核对日期：${toIsoDate(oldest.checkedOn)}，${oldest.label}（${oldest.file}）。`,
    );
  }
  return lines.join('\n');
}
