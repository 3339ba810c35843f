/**
 * What the search page does with a planned query, apart from the page itself:
 * ask for the whole query, and beside it for the known words alone, for the
 * worry without a product name and for the product by name, merging what they
 * find; when all of that finds nothing, ask for each strong word on its own
 * and merge, so a long colloquial question still finds the pages that share
 * most of its words (and the reader is told the match is partial). Then the
 * order the reader sees. Kept out of the custom element so it can be tested
 * without a browser.
 */
import { nextStepsHeading } from '../content/section-headings';
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

/** How many of the product lookup's hits are kept at the top: a name may belong to two products. */
const productPins = 2;

export async function searchWithFallback(
  search: (term: string) => Promise<PagefindSearchResponse | null>,
  plan: {
    primary: string;
    broad?: string;
    topic?: string;
    product?: string;
    fallbacks: readonly string[];
  },
  /** How to find a product's own page by its name; by default, a search for the name. */
  findProduct: (name: string) => Promise<PagefindSearchResponse | null> = search,
): Promise<SearchOutcome> {
  // With words the site does not know, the known words alone are searched too; with a product
  // name, the worry alone and the product alone. Merged, pages with every word rank first and
  // pages about the known topic still appear.
  const results = (response: PagefindSearchResponse | null) => response?.results ?? [];
  const also = async (term: string | undefined, lookup = search) =>
    term === undefined ? [] : results(await lookup(term));
  const found = await Promise.all([
    also(plan.primary),
    also(plan.broad),
    also(plan.topic),
    also(plan.product, findProduct),
  ]);
  const product = found[3] ?? [];
  if (found.some((list) => list.length > 0)) {
    // The product's own page must be among the results the page loads: Pagefind scores 金条
    // by its characters, which long pages about 金融 and 第N条 share, so it is pinned first.
    const pinned = product.slice(0, productPins);
    const rest = merge(found).filter((result) => !pinned.some((pin) => pin.id === result.id));
    return { results: [...pinned, ...rest], partial: false };
  }
  if (plan.fallbacks.length === 0) return { results: [], partial: false };
  const lists = (await Promise.all(plan.fallbacks.map((term) => search(term)))).map(results);
  const merged = merge(lists);
  return { results: merged, partial: merged.length > 0 };
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
 * How far down the ranked list (product pages aside) a question's short answer
 * may be lifted from. A question that only shares a few characters with the
 * query ranks low, and lifting it over the article the reader wants would put
 * a wrong answer first.
 */
export const answerReach = 5;

/** A result as the page holds it: its metadata says whether it is a question with a short answer. */
interface RankedResult {
  title: string;
  data: Pick<PagefindResultData, 'meta'>;
}

/** A question page's short answer, from its Pagefind metadata; undefined for other pages. */
export function shortAnswer(result: Pick<RankedResult, 'data'>): string | undefined {
  return result.data.meta['answer']?.trim() || undefined;
}

/** A product page (借呗) whose name, or one of its other names, the reader typed. */
export function namesPlatform(
  result: Pick<RankedResult, 'data'>,
  terms: readonly string[],
): boolean {
  const names = result.data.meta['names']?.split('、') ?? [];
  return names.some((name) => terms.includes(name));
}

/**
 * The order the reader sees. A product page whose name the reader typed (借呗)
 * comes first: nothing is more specific. A question (two of the reader's
 * words or more): the best question among the first `reach` results is lifted
 * next so its short answer shows at once, then the best long page (an article
 * or help page), then everything else in rank order. A single word such as
 * 起诉 or 催收 is a topic, not a question: its best long page comes first, so
 * the guide does not sink under short questions that merely use the word. Only
 * a question whose title holds one of the reader's words is lifted: Pagefind
 * matches single characters, and a question sharing only those is not the
 * reader's question.
 */
export function answerFirst<R extends RankedResult>(
  ranked: readonly R[],
  terms: readonly string[],
  reach = answerReach,
): { results: R[]; lead: R | undefined } {
  const words = terms.filter((term) => [...term].length >= 2);
  const platform = ranked.find((result) => namesPlatform(result, terms));
  const lead =
    words.length < 2
      ? undefined
      : bestQuestion(
          ranked.filter((result) => !namesPlatform(result, terms)).slice(0, reach),
          words,
        );
  const guide = ranked.find((result) => result !== platform && shortAnswer(result) === undefined);
  const first = [platform, lead, guide].filter((result): result is R => result !== undefined);
  return { results: [...first, ...ranked.filter((result) => !first.includes(result))], lead };
}

/**
 * Among questions whose titles hold a word of the reader's, the one whose title is most
 * made of them: 网贷逾期多久会被起诉？ answers 借呗逾期会被起诉吗 better than a longer
 * question that only also mentions 起诉. Ties keep the ranking.
 */
function bestQuestion<R extends RankedResult>(candidates: readonly R[], words: readonly string[]) {
  // 会被起诉吗 is one known word, but a title asks it as 会被起诉？: the particle is not the meaning.
  const stems = words.map((word) => word.replace(/[吗呢吧啊呀嘛]+$/u, ''));
  let best: { result: R; share: number } | undefined;
  for (const result of candidates) {
    if (shortAnswer(result) === undefined) continue;
    const matched = stems.filter((stem) => stem.length > 0 && result.title.includes(stem));
    if (matched.length === 0) continue;
    const share = matched.join('').length / [...result.title].length;
    if (best === undefined || share > best.share) best = { result, share };
  }
  return best?.result;
}
