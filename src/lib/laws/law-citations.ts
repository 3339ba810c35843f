/**
 * Who cites what, computed once per build: each page's list of the statute
 * articles it rests on (shown as 本文依据), and for each article the pages
 * that cite it (shown on its law page, the first few inline).
 */
import { compareArticles, type Citation } from './citations';

export interface CitedLaw {
  lawId: string;
  /** Article numbers in statute order, each once. */
  articles: string[];
}

export interface CitingPage {
  href: string;
  title: string;
}

/** A page's citations grouped by document, documents in order of first mention. */
export function groupCitations(citations: readonly Citation[]): CitedLaw[] {
  const byLaw = new Map<string, Set<string>>();
  for (const { lawId, article } of citations) {
    const articles = byLaw.get(lawId) ?? new Set<string>();
    articles.add(article);
    byLaw.set(lawId, articles);
  }
  return [...byLaw.entries()].map(([lawId, articles]) => ({
    lawId,
    articles: [...articles].sort(compareArticles),
  }));
}

export function citationKey(lawId: string, article: string): string {
  return `${lawId}#${article}`;
}

/** For every cited article, the pages citing it, each page once, in the order pages are given. */
export function indexCitingPages(
  pages: readonly { page: CitingPage; citations: readonly Citation[] }[],
): Map<string, CitingPage[]> {
  const citers = new Map<string, CitingPage[]>();
  for (const { page, citations } of pages) {
    for (const key of new Set(citations.map((c) => citationKey(c.lawId, c.article)))) {
      const list = citers.get(key);
      if (list) list.push(page);
      else citers.set(key, [page]);
    }
  }
  return citers;
}
