/**
 * Ordering search results the way a reader expects. Pagefind matches each
 * Chinese character separately, so a page with 起 in one sentence and 诉 in
 * another ranks beside the page about 起诉. Among the results we have
 * loaded, pages that contain the whole word, and above all in their title
 * or keywords, move up.
 */

export interface ScoredHit {
  id: string;
  score: number;
}

export interface LoadedHit {
  id: string;
  score: number;
  title: string;
  /** The page's indexed text (Pagefind's `content`), keywords included. */
  content: string;
}

/** Results of several searches as one list: scores add up, each page appears once. */
export function mergeHits(lists: readonly (readonly ScoredHit[])[]): ScoredHit[] {
  const totals = new Map<string, number>();
  for (const list of lists) {
    for (const hit of list) totals.set(hit.id, (totals.get(hit.id) ?? 0) + hit.score);
  }
  return [...totals.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score);
}

/** The boost a page earns for containing the reader's words whole. */
export function phraseBoost(
  hit: Pick<LoadedHit, 'title' | 'content'>,
  terms: readonly string[],
): number {
  const words = terms.filter((term) => [...term].length >= 2);
  if (words.length === 0) return 1;
  let boost = 1;
  for (const word of words) {
    if (hit.title.includes(word)) boost += 1.5;
    if (hit.content.includes(word)) boost += 1;
  }
  return boost;
}

export function rerank<H extends LoadedHit>(hits: readonly H[], terms: readonly string[]): H[] {
  return hits
    .map((hit, index) => ({ hit, index, score: hit.score * phraseBoost(hit, terms) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ hit }) => hit);
}
