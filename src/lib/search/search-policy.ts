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
  plan: { primary: string; broad?: string; fallbacks: readonly string[] },
): Promise<SearchOutcome> {
  const whole = (await search(plan.primary))?.results ?? [];
  // With words the site does not know, the known words alone are searched too and the two
  // merged: pages with every word rank first, pages about the known topic still appear.
  const broad = plan.broad === undefined ? [] : ((await search(plan.broad))?.results ?? []);
  if (whole.length > 0 || broad.length > 0)
    return { results: merge([whole, broad]), partial: false };
  if (plan.fallbacks.length === 0) return { results: [], partial: false };
  const lists = (await Promise.all(plan.fallbacks.map((term) => search(term)))).map(
    (response) => response?.results ?? [],
  );
  const results = merge(lists);
  return { results, partial: results.length > 0 };
}

/** Several result lists as one, scores added up, each page once (see mergeHits). */
function merge(lists: readonly (readonly PagefindResult[])[]): PagefindResult[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 1) return [...nonEmpty[0]!];
  const byId = new Map(nonEmpty.flat().map((result) => [result.id, result]));
  return mergeHits(nonEmpty).flatMap((hit) => {
    const result = byId.get(hit.id);
    return result ? [{ ...result, score: hit.score }] : [];
  });
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

/**
 * How far down the ranked list a question's short answer may be lifted from.
 * A question that only shares a few characters with the query ranks low, and
 * lifting it over the article the reader wants would put a wrong answer first.
 */
export const answerReach = 3;

/** A result as the page holds it: its metadata says whether it is a question with a short answer. */
interface RankedResult {
  title: string;
  data: Pick<PagefindResultData, 'meta'>;
}

/** A question page's short answer, from its Pagefind metadata; undefined for other pages. */
export function shortAnswer(result: Pick<RankedResult, 'data'>): string | undefined {
  return result.data.meta['answer']?.trim() || undefined;
}

/**
 * The order the reader sees. A question (two of the reader's words or more):
 * the best question among the first `reach` results is lifted to the top so
 * its short answer comes first, then the best long page (an article or help
 * page), then everything else in rank order. A single word such as 起诉 or
 * 催收 is a topic, not a question: its best long page comes first, so the
 * guide does not sink under short questions that merely use the word. Only a
 * question whose title holds one of the reader's words is lifted: Pagefind
 * matches single characters, and a question sharing only those is not the
 * reader's question.
 */
export function answerFirst<R extends RankedResult>(
  ranked: readonly R[],
  terms: readonly string[],
  reach = answerReach,
): { results: R[]; lead: R | undefined } {
  const words = terms.filter((term) => [...term].length >= 2);
  const guide = ranked.find((result) => shortAnswer(result) === undefined);
  const lead =
    words.length < 2
      ? undefined
      : ranked
          .slice(0, reach)
          .find(
            (result) =>
              shortAnswer(result) !== undefined &&
              words.some((word) => result.title.includes(word)),
          );
  const first = [lead, guide].filter((result): result is R => result !== undefined);
  return { results: [...first, ...ranked.filter((result) => !first.includes(result))], lead };
}
