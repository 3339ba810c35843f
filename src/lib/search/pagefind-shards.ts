/**
 * The search index is written in shards (src/cli/index-search.ts) so that
 * indexing memory follows the shard size, not the site size. The first shard
 * is Pagefind's own bundle at /pagefind/; the others are listed in a manifest
 * beside it and merged at query time, which Pagefind supports natively.
 */
import type { PagefindModule } from './pagefind-api';

/** The manifest, in the Pagefind bundle directory: the other shards' directories, relative to it. */
export const shardManifestName = 'shards.json';

/** Where shard `number` (1, 2, …) is written, relative to the Pagefind bundle directory. */
export const shardDirectory = (number: number) => `shard/${number}/`;

/**
 * When there are several shards, each holds one extra record listing every word
 * the site's searchable text uses, tagged with this filter. Pagefind drops a
 * query word its index does not contain, so without it a shard that lacks a rare
 * word (呗 of 借呗) would answer with every page matching the other words; with
 * it the word is known everywhere, and the loader's searches exclude the record.
 */
export const vocabularyFilter = { name: 'vocabulary', value: 'all' } as const;

/**
 * Loads Pagefind from `bundle` (e.g. "/pagefind/") and merges every shard the
 * manifest lists, ready to search. Self-contained on purpose (hence the
 * literal names, which tests tie to the constants above): the benchmark and
 * the shard tests run this very function inside a browser page, so what they
 * measure is what the reader's browser does.
 */
export async function loadShardedPagefind(
  bundle: string,
  options: Record<string, unknown>,
): Promise<PagefindModule> {
  // A plain variable, not a template literal, in import(): Vite would wrap the latter in its
  // preload helper, nearly 1 KB on the search page for a script it cannot preload anyway.
  const script = `${bundle}pagefind.js`;
  const [module, shards] = await Promise.all([
    import(/* @vite-ignore */ script) as Promise<PagefindModule>,
    // Always written by the indexer, [] for one index: a missing manifest is a broken build.
    fetch(`${bundle}shards.json`).then((response) => response.json() as Promise<string[]>),
  ]);
  await module.options(options);
  await Promise.all(shards.map((shard) => module.mergeIndex(`${bundle}${shard}`)));
  await module.init();
  // One index has no vocabulary record, and a filter on a name it lacks would find nothing.
  return shards.length
    ? {
        ...module,
        search: (query, searchOptions) =>
          module.search(query, {
            ...searchOptions,
            filters: { ...searchOptions?.filters, not: { vocabulary: 'all' } },
          }),
      }
    : module;
}
