/**
 * The search index is written in shards once the site outgrows one
 * (src/cli/index-search.ts). Today's site fits in one, so this spec indexes a
 * copy of the built site in shards of 40 pages and checks that a reader loses
 * nothing: the same pages are found, product names still find their page, and
 * the search page counts and shows results from every shard.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { withPagefind } from '../lib/pagefind-in-page';
import { serveDirectory } from '../lib/static-server';

const root = resolve(import.meta.dirname, '../..');
let site: string;
let server: Server;
let sharded: string;

test.beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'sharded-site-'));
  const dist = join(root, 'dist');
  cpSync(dist, site, {
    recursive: true,
    filter: (path) =>
      !path.startsWith(join(dist, 'pagefind') + sep) && path !== join(dist, 'pagefind'),
  });
  execFileSync(
    process.execPath,
    [
      '--import',
      './src/cli/ts-imports.ts',
      'src/cli/index-search.ts',
      '--site',
      site,
      '--max-pages-per-shard',
      '40',
    ],
    { cwd: root, stdio: 'pipe' },
  );
});

test.beforeAll(async () => {
  ({ server, origin: sharded } = await serveDirectory(site));
});

test.afterAll(() => {
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the index does not depend on screen width');
});

/**
 * Every page Pagefind finds for `query`, searched the way the search page loads it. Pages are
 * named by result id, the hash of what Pagefind stores for the page, the same in any index.
 */
async function foundPages(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/`);
  const ids = await page.evaluate<string[]>(
    withPagefind(`
    const response = await pagefind.search(${JSON.stringify(query)});
    return response.results.map((result) => result.id);`),
  );
  return ids.sort();
}

test('the index is really in several shards', () => {
  const listed = JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')) as string[];
  expect(listed.length).toBeGreaterThanOrEqual(2);
});

test('shards find exactly the pages one index finds', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  for (const query of ['催收', '征信', '起诉', '协商还款', '个人信息', '借呗']) {
    const whole = await foundPages(page, baseURL ?? '', query);
    expect(whole.length, query).toBeGreaterThan(0);
    expect(await foundPages(page, sharded, query), query).toEqual(whole);
  }
});

test('the search page counts every shard and still puts a named product first', async ({
  page,
  baseURL,
}) => {
  const status = async (origin: string) => {
    await page.goto(`${origin}/search/?q=${encodeURIComponent('征信')}`);
    await expect(page.getByRole('status')).toContainText(/找到 \d+ 条结果/);
    return page.getByRole('status').textContent();
  };
  expect(await status(sharded)).toBe(await status(baseURL ?? ''));

  await page.goto(`${sharded}/search/?q=${encodeURIComponent('借呗逾期会被起诉吗')}`);
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveAttribute(
    'href',
    /\/platforms\/jiebei\/$/,
  );
});
