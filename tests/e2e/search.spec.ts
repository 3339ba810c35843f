import { expect, test } from '@playwright/test';
import { searchDebounceMs } from '../../src/lib/search/typing';

test('the header search finds an article by a Chinese word', async ({ page }) => {
  await page.goto('/categories/legal/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: '搜索本站' }).fill('催收');
  await header.getByRole('button', { name: '搜索' }).click();

  await expect(page).toHaveURL(/\/search\/\?q=%E5%82%AC%E6%94%B6$/);
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toHaveValue('催收');
  await expect(page.getByRole('status')).toContainText(/找到 \d+ 条结果/);
  const result = page
    .locator('[data-search-results]')
    .getByRole('link', { name: '遭遇暴力催收怎么办' });
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('遭遇暴力催收怎么办');
});

test('results update as the reader types and the address keeps the query', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('征信');
  await expect(page).toHaveURL(/\?q=%E5%BE%81%E4%BF%A1$/);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toBeVisible();
});

test('excerpts read as Chinese: no Latin full stop between a heading and its text', async ({
  page,
}) => {
  await page.goto('/search/?q=被起诉了怎么办');
  const excerpts = page.locator('[data-search-results] .result-excerpt');
  await expect(excerpts.first()).toBeVisible();
  for (const text of await excerpts.allTextContents()) {
    expect(text).not.toMatch(/\p{Script=Han}\. \p{Script=Han}/u);
    expect(text).not.toMatch(/。 \p{Script=Han}/u);
  }
});

test('a query with no match says so and keeps the category lists in view', async ({ page }) => {
  await page.goto('/search/?q=zzqqxx');
  await expect(page.getByRole('status')).toContainText('没有找到与“zzqqxx”相关的文章');
  await expect(page.getByRole('region', { name: '按分类浏览' })).toBeVisible();
});

test('the words’ index is fetched while the reader pauses, before the search runs', async ({
  page,
}) => {
  // The page's clock stands still, so the search waiting out the pause after typing cannot
  // start until the test says so; Pagefind works in its own worker, on real time.
  await page.clock.install({ time: new Date('2026-12-01T08:00:00') });
  await page.goto('/search/');
  await page.clock.pauseAt(new Date('2026-12-01T08:01:00'));
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  const chunk = page.waitForRequest(/\/pagefind\/index\/.+\.pf_index$/);
  await box.fill('征信');
  await chunk;
  const results = page.locator('[data-search-results] > li');
  await expect(results).toHaveCount(0);

  await page.clock.runFor(searchDebounceMs);
  await expect(results.first()).toBeVisible();
});

test('the pause fetches the chunks of the words searched for, not of the words typed', async ({
  page,
  context,
}) => {
  // 黑户怎么办 is searched as 征信: the chunks for 黑, 户, 怎, 么, 办 would be no use to it.
  await page.clock.install({ time: new Date('2026-12-01T08:00:00') });
  await page.goto('/search/');
  await page.clock.pauseAt(new Date('2026-12-01T08:01:00'));
  const started: string[] = [];
  const finished: string[] = [];
  const isChunk = (url: string) => /\/pagefind\/index\/.+\.pf_index$/.test(url);
  context.on('request', (request) => {
    if (isChunk(request.url())) started.push(request.url());
  });
  context.on('requestfinished', (request) => {
    if (isChunk(request.url())) finished.push(request.url());
  });
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('黑户怎么办');
  await expect.poll(() => started.length).toBeGreaterThan(0);
  await expect.poll(() => finished.length).toBe(started.length);
  const preloaded = started.length;

  await page.clock.runFor(searchDebounceMs);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('heading')).toContainText('征信');
  expect(started.slice(preloaded), 'chunks the search had to fetch itself').toEqual([]);
});
