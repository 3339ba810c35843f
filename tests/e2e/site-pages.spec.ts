import { expect, test } from '@playwright/test';

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/articles/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the about page carries the disclaimer and the privacy promise', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('#disclaimer')).toHaveText('免责声明');
  await expect(page.locator('#privacy')).toHaveText('隐私说明');
  await expect(page.getByRole('main')).toContainText('不使用 Cookie');
});

test('robots.txt, the sitemap and the feed point at the articles', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);

  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
  expect(sitemap).toContain('/articles/first-steps/</loc>');
  expect(sitemap).not.toContain('/404');

  const feed = await request.get('/rss.xml');
  expect(feed.headers()['content-type']).toContain('xml');
  const items = (await feed.text()).match(/<item>/g) ?? [];
  expect(items.length).toBeGreaterThanOrEqual(3);
});

test('the glossary gives each term an anchor', async ({ page }) => {
  await page.goto('/glossary/#zhengxin');
  await expect(page.locator('dt#zhengxin')).toHaveText('征信');
  expect(await page.locator('dt[id]').count()).toBeGreaterThanOrEqual(25);
});
