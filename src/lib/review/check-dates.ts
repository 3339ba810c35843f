/**
 * Everything on the site that carries a check date — each fact, each law
 * entry, each article, each loan product — as one list, so `npm run review:due` and the about
 * page read the same dates and cannot disagree about what is oldest.
 */
import type { Facts } from '../../data/facts';
import { parseCalendarDate } from '../dates';

export type CheckedKind = 'fact' | 'law' | 'article' | 'platform';

export interface CheckedItem {
  kind: CheckedKind;
  /** What a person reviewing it would look for, e.g. 《企业破产法》（2006年通过）. */
  label: string;
  /** Where to make the change, e.g. content/laws/qiye-pochan-fa.yaml. */
  file: string;
  /** The day someone last compared it with its source. */
  checkedOn: Date;
  /** A revision known to be under way or not yet read: due whatever the date. */
  pendingRevision?: string | undefined;
  /** Where a reader sees it on the site, when the caller knows. */
  href?: string | undefined;
}

export interface FactRecord {
  label: string;
  checkedOn: Date;
}

export interface LawRecord {
  file: string;
  href?: string | undefined;
  short: string;
  version: string;
  checked?: Date | undefined;
  retrieved: Date;
  pendingRevision?: string | undefined;
}

export interface ArticleRecordForReview {
  file: string;
  href?: string | undefined;
  title: string;
  published: Date;
  updated?: Date | undefined;
  reviewed?: Date | undefined;
}

/** A loan product's page (content/platforms/): lenders and routes change, so it is checked like a law. */
export interface PlatformRecordForReview {
  file: string;
  href?: string | undefined;
  name: string;
  checked: Date;
}

export function collectCheckedItems(input: {
  facts: readonly FactRecord[];
  factsFile: string;
  factsHref?: string | undefined;
  laws: readonly LawRecord[];
  articles: readonly ArticleRecordForReview[];
  platforms?: readonly PlatformRecordForReview[];
}): CheckedItem[] {
  return [
    ...input.facts.map((fact) => ({
      kind: 'fact' as const,
      label: fact.label,
      file: input.factsFile,
      checkedOn: fact.checkedOn,
      href: input.factsHref,
    })),
    ...input.laws.map((law) => ({
      kind: 'law' as const,
      label: `《${law.short}》（${law.version}）`,
      file: law.file,
      checkedOn: law.checked ?? law.retrieved,
      pendingRevision: law.pendingRevision,
      href: law.href,
    })),
    // An article never marked as reviewed was last looked at when it last changed.
    ...input.articles.map((article) => ({
      kind: 'article' as const,
      label: article.title,
      file: article.file,
      checkedOn: article.reviewed ?? article.updated ?? article.published,
      href: article.href,
    })),
    ...(input.platforms ?? []).map((platform) => ({
      kind: 'platform' as const,
      label: `${platform.name}（平台资料）`,
      file: platform.file,
      checkedOn: platform.checked,
      href: platform.href,
    })),
  ];
}

/** The item checked longest ago; ties go to the first listed. */
export function oldestChecked(items: readonly CheckedItem[]): CheckedItem | undefined {
  return items.reduce<CheckedItem | undefined>(
    (oldest, item) => (oldest === undefined || item.checkedOn < oldest.checkedOn ? item : oldest),
    undefined,
  );
}

/** Each fact in src/data/facts.ts with the day it was last checked. */
export function factRecords(facts: Facts): FactRecord[] {
  const day = (text: string) => parseCalendarDate(text) as Date;
  return [
    { label: '一年期贷款市场报价利率（LPR）', checkedOn: day(facts.lpr.checked.on) },
    ...Object.values(facts.hotlines).map((line) => ({
      label: `热线 ${line.number}（${line.name}）`,
      checkedOn: day(line.checked.on),
    })),
    { label: '一次性信用修复政策', checkedOn: day(facts.creditRepair.checked.on) },
  ];
}

/**
 * The dates of an article from its raw frontmatter, for tools that run
 * outside the build; `undefined` when they cannot be read (the build names the
 * field), 'draft' for an article that is not published.
 */
export function articleRecordFromFrontmatter(
  file: string,
  frontmatter: Record<string, unknown>,
): ArticleRecordForReview | 'draft' | undefined {
  if (frontmatter['draft'] === true) return 'draft';
  const date = (key: string) => {
    const value = frontmatter[key];
    return typeof value === 'string' ? parseCalendarDate(value) : undefined;
  };
  const title = frontmatter['title'];
  const published = date('published');
  if (typeof title !== 'string' || published === undefined) return undefined;
  return { file, title, published, updated: date('updated'), reviewed: date('reviewed') };
}

/**
 * A product's name and check date from its raw YAML, for tools that run
 * outside the build; `undefined` when they cannot be read (the build names the field).
 */
export function platformRecordFromYaml(
  file: string,
  data: unknown,
): PlatformRecordForReview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { name, checked } = data as Record<string, unknown>;
  const checkedOn = typeof checked === 'string' ? parseCalendarDate(checked) : undefined;
  if (typeof name !== 'string' || checkedOn === undefined) return undefined;
  return { file, name, checked: checkedOn };
}
