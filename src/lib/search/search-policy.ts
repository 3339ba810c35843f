/**
 * What the search page does with a planned query, apart from the page itself:
 * ask for the whole query first; when that finds nothing, ask for each strong
 * word on its own and merge, so a long colloquial question still finds the
 * pages that share most of its words (and the reader is told the match is
 * partial). Kept out of the custom element so it can be tested without a browser.
 */
import { nextStepsHeading } from '../content/sections';
import type {
  PagefindResult,
  PagefindResultData,
  PagefindSearchResponse,
  PagefindSubResult,
} from './pagefind-api';
import { mergeHits } from './rank';

export interface SearchOutcome {
  results: PagefindResult[];
  /** Only some of the reader's words matched: the results come from the fallbacks. */
  partial: boolean;
}

export async function searchWithFallback(
  search: (term: string) => Promise<PagefindSearchResponse | null>,
  plan: { primary: string; fallbacks: readonly string[] },
): Promise<SearchOutcome> {
  const whole = (await search(plan.primary))?.results ?? [];
  if (whole.length > 0 || plan.fallbacks.length === 0) return { results: whole, partial: false };
  const lists = (await Promise.all(plan.fallbacks.map((term) => search(term)))).map(
    (response) => response?.results ?? [],
  );
  const byId = new Map(lists.flat().map((result) => [result.id, result]));
  const results = mergeHits(lists).flatMap((hit) => {
    const result = byId.get(hit.id);
    return result ? [{ ...result, score: hit.score }] : [];
  });
  return { results, partial: results.length > 0 };
}

/**
 * The heading under which the query matched most, if it is not simply the top
 * of the page. 下一步 only lists other articles' titles, so it is never the answer.
 */
export function bestSection(
  result: Pick<PagefindResultData, 'sub_results'>,
): PagefindSubResult | undefined {
  const sections = result.sub_results.filter(
    (sub) => sub.url.includes('#') && sub.title !== nextStepsHeading,
  );
  return [...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}
