/**
 * What one search costs a reader: bytes downloaded and time until the first
 * result's data is ready, measured in Chromium against a plain local server,
 * each query in a fresh browser context (nothing cached).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { withPagefind } from '../lib/pagefind-in-page.ts';
import { searchDebounceMs } from '../../src/lib/search/typing.ts';

export interface SearchCost {
  bytes: number;
  /** Each file Pagefind fetched for this search, heaviest first: where the bytes go. */
  files: { path: string; bytes: number }[];
  milliseconds: number;
  results: number;
}

export interface QueryCost {
  query: string;
  /** The reader's first search: loads Pagefind's script, WebAssembly and index metadata, then searches. */
  cold: SearchCost;
  /**
   * The reader's first query typed on the search page, which starts Pagefind when the box
   * is focused: startup is over by the time the query is typed, nothing has been searched yet.
   * As on the page, the query's chunks are preloaded at the keystroke and the search runs
   * after the debounce; timed from the search, as the debounce is a choice, not a cost.
   */
  typed: SearchCost;
  /** The same query typed after another search has warmed Pagefind up: what each further search costs. */
  warm: SearchCost;
}

/** Searches and reads the first result, timed from before Pagefind is loaded (a no-op once it is). */
const searchInPage = (query: string) =>
  withPagefind(`
  const found = await pagefind.search(${JSON.stringify(query)});
  if (found?.results[0]) await found.results[0].data();
  return { milliseconds: performance.now() - started, results: found?.results.length ?? 0 };`);

/** What the search page does with a typed query: preload at the keystroke, search after the pause. */
const typeInPage = (query: string) =>
  withPagefind(`
  void pagefind.preload(${JSON.stringify(query)});
  await new Promise((resolve) => setTimeout(resolve, ${searchDebounceMs}));
  const searching = performance.now();
  const found = await pagefind.search(${JSON.stringify(query)});
  if (found?.results[0]) await found.results[0].data();
  return { milliseconds: performance.now() - searching, results: found?.results.length ?? 0 };`);

/** Warms Pagefind with a query that shares no characters with the measured ones. */
const warmUpQuery = '免责';

/** Starts Pagefind the way focusing the search box does, without searching. */
const startPagefind = withPagefind('return true;');

/** A reader needs longer than this to type a query; Pagefind's startup runs meanwhile. */
export const typingMs = 1500;

type Preparation = { kind: 'cold' } | { kind: 'typed' } | { kind: 'warm'; query: string };

export async function measureQueries(
  origin: string,
  queries: readonly string[],
): Promise<QueryCost[]> {
  const executablePath =
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking'],
  });
  const costs: QueryCost[] = [];

  // Bytes come from the network log: Pagefind may fetch from a worker, which the page's resource timing does not see.
  async function timedSearch(query: string, before: Preparation): Promise<SearchCost> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    if (before.kind === 'typed') {
      await page.evaluate(startPagefind);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(typingMs);
    }
    if (before.kind === 'warm') {
      await page.evaluate(searchInPage(before.query));
      await page.waitForLoadState('networkidle');
    }
    const files: SearchCost['files'] = [];
    const pending: Promise<unknown>[] = [];
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      pending.push(
        (async () => {
          // Chromium reports no body size for a worker's own script; the header still says it.
          const reported = (await request.sizes()).responseBodySize;
          const header = (await request.response())?.headers()['content-length'];
          files.push({ path, bytes: reported || Number(header ?? 0) });
        })(),
      );
    });
    const measured = await page.evaluate<{ milliseconds: number; results: number }>(
      before.kind === 'typed' ? typeInPage(query) : searchInPage(query),
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
    files.sort((a, b) => b.bytes - a.bytes);
    const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
    return { bytes, files, ...measured };
  }

  try {
    for (const query of queries) {
      costs.push({
        query,
        cold: await timedSearch(query, { kind: 'cold' }),
        typed: await timedSearch(query, { kind: 'typed' }),
        warm: await timedSearch(query, { kind: 'warm', query: warmUpQuery }),
      });
    }
  } finally {
    await browser.close();
  }
  return costs;
}
