/**
 * What one search costs a reader: bytes downloaded and time until the first
 * result's data is ready, measured in Chromium against a plain local server,
 * each query in a fresh browser context (nothing cached).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { PagefindModule } from '../../src/lib/search/pagefind-api.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** What any static host compresses; Pagefind's own index files arrive already gzipped. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves a built site the way a static host would, gzip included, so the
 * measured bytes are what a reader's phone downloads.
 */
export function serveDirectory(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const type = types[extname(file)] ?? 'application/octet-stream';
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && compressible.has(extname(file))) {
      const body = gzipSync(readFileSync(file));
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
      });
      return void response.end(body);
    }
    response.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

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
  /** The same query typed after another search has warmed Pagefind up: what each further search costs. */
  warm: SearchCost;
}

/** Warms Pagefind with a query that shares no characters with the measured ones. */
const warmUpQuery = '免责';

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
  async function timedSearch(query: string, warmUp: string | undefined): Promise<SearchCost> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    if (warmUp) {
      await page.evaluate(async (text) => {
        const pagefind = (await import(
          /* @vite-ignore */ '/pagefind/pagefind.js' as string
        )) as PagefindModule;
        const response = await pagefind.search(text);
        if (response?.results[0]) await response.results[0].data();
      }, warmUp);
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
    const measured = await page.evaluate(async (text) => {
      const start = performance.now();
      const pagefind = (await import(
        /* @vite-ignore */ '/pagefind/pagefind.js' as string
      )) as PagefindModule;
      const response = await pagefind.search(text);
      if (response?.results[0]) await response.results[0].data();
      return { milliseconds: performance.now() - start, results: response?.results.length ?? 0 };
    }, query);
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
        cold: await timedSearch(query, undefined),
        warm: await timedSearch(query, warmUpQuery),
      });
    }
  } finally {
    await browser.close();
  }
  return costs;
}
