/**
 * Runs code against the site's Pagefind inside a browser page, loaded by the
 * site's own loader (sent in as source), so a test or measurement merges the
 * shards exactly as the search page does. Returns an expression for
 * page.evaluate rather than a function: the site's policy forbids eval, and
 * only the evaluated expression itself is exempt.
 */
import { loadShardedPagefind } from '../../src/lib/search/pagefind-shards.ts';

/**
 * `body` runs with `pagefind` in scope, and `started`, the time before Pagefind
 * was loaded (so a first search can be timed from zero). Pagefind is loaded once
 * per page, as on the search page: merging a shard twice would count it twice.
 */
export const withPagefind = (body: string) => `(async () => {
  const started = performance.now();
  const pagefind = await (window.sitePagefind ??= (${loadShardedPagefind.toString()})('/pagefind/', {}));
  ${body}
})()`;
