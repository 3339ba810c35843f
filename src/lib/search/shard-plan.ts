/**
 * How the built pages are split into search-index shards. Pagefind holds a
 * whole index in memory while it builds it (about 1 MB per real-length page
 * here), so one index for 10,000 pages peaks above 10 GB; one index per shard,
 * built and released in turn, keeps the peak at what one shard needs. Each
 * extra shard costs the reader one more small file per searched word, so
 * shards are as large as the memory budget allows. Measured in
 * tests/bench/results.md.
 */

/** The most pages one shard holds. */
export const maxPagesPerShard = 1200;

/**
 * Splits `pages` into as few shards as `maxPerShard` allows, dealing them out
 * in turn like cards (page i goes to shard i mod k). Pagefind scores a page
 * against the statistics of its own shard (how rare each word is, how long
 * pages are) and the merged results are ordered by those scores, so every
 * shard must be a fair sample of the whole site: cut in runs, one shard would
 * be all articles and another all questions, and their scores would not
 * compare.
 */
export function planShards<T>(pages: readonly T[], maxPerShard = maxPagesPerShard): T[][] {
  if (!Number.isInteger(maxPerShard) || maxPerShard < 1) {
    throw new RangeError(`maxPerShard must be a positive whole number, not ${maxPerShard}`);
  }
  const count = Math.max(1, Math.ceil(pages.length / maxPerShard));
  const shards: T[][] = Array.from({ length: count }, () => []);
  pages.forEach((page, index) => shards[index % count]?.push(page));
  return shards;
}
