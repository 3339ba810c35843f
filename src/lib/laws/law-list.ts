/** Order on /laws/ and on a law page: kinds as `lawKinds` lists them, versions in force first. */
import { compareArticles } from './citations';
import { lawKinds, type LawData } from './law-schema';

/** How many citing pages a law page lists under an article before linking to the full list. */
export const citersShownPerArticle = 5;
/** How many citing pages one page of the full list shows. */
export const citersPerPage = 100;

const collator = new Intl.Collator('zh-CN');

export interface KindGroup<L> {
  kind: (typeof lawKinds)[number];
  laws: L[];
}

export function groupLawsByKind<L extends Pick<LawData, 'kind' | 'status' | 'short' | 'effective'>>(
  laws: Iterable<L>,
): KindGroup<L>[] {
  const sorted = [...laws].sort(
    (a, b) =>
      Number(a.status !== '现行有效') - Number(b.status !== '现行有效') ||
      collator.compare(a.short, b.short) ||
      b.effective.getTime() - a.effective.getTime(),
  );
  return lawKinds
    .map((kind) => ({ kind, laws: sorted.filter((law) => law.kind === kind) }))
    .filter((group) => group.laws.length > 0);
}

/** Article numbers in statute order: 293, 293之一, 294. */
export function articleNumbers(articles: Readonly<Record<string, string>>): string[] {
  return Object.keys(articles).sort(compareArticles);
}

/** An article's text as paragraphs (款 and 项 each on their own line in the entry). */
export function articleParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The name a page title and breadcrumb use: the shortest name prose uses, cut to fit a browser tab. */
export function lawDisplayName(law: Pick<LawData, 'short' | 'aliases'>, maxLength = 36): string {
  const shortest = [law.short, ...law.aliases].reduce((a, b) => (b.length < a.length ? b : a));
  return shortest.length <= maxLength ? shortest : `${shortest.slice(0, maxLength - 1)}…`;
}

/** The day the entry's version and status were last checked: `checked`, else the day its text was copied. */
export function lawCheckedOn(law: Pick<LawData, 'checked' | 'textSource'>): Date {
  return law.checked ?? law.textSource.retrieved;
}
