import { expect, test } from '@playwright/test';

const articlePath = '/articles/first-steps/';

test('an article shows its trail, dates, contents, sources and disclaimer', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page).toHaveTitle('逾期了先别慌：冷静面对的第一步 · 网贷逾期应对指南');
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('首页');
  await expect(page.locator('.article-meta')).toContainText(/发布 \d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.locator('.article-meta')).toContainText(/最近核对 \d{4}年/);
  await expect(page.locator('.article-meta')).toContainText(/约 \d+ 分钟读完/);

  const basis = page.getByRole('region', { name: '本文依据' });
  await expect(basis.getByRole('listitem').filter({ hasText: '《征信业管理条例》' })).toBeVisible();
  await expect(basis.getByRole('link', { name: '第16条' })).toHaveAttribute(
    'href',
    /^\/laws\/[a-z0-9-]+\/#a16$/,
  );

  await expect(page.getByRole('complementary', { name: '免责声明' })).toContainText('不是法律意见');
});

test('every table-of-contents link lands on its heading', async ({ page }) => {
  await page.goto(articlePath);
  const toc = page.getByRole('navigation', { name: '本文目录' });
  // On a phone the list is folded into its 本文目录 toggle; a reader opens it first.
  const toggle = toc.locator('summary');
  if (await toggle.isVisible()) await toggle.click();
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(2);
  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    const href = (await link.getAttribute('href')) ?? '';
    const id = decodeURIComponent(href.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toHaveText((await link.textContent()) ?? '');
  }
  const last = links.nth(count - 1);
  await last.click();
  const target = decodeURIComponent(((await last.getAttribute('href')) ?? '').slice(1));
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(target);
});

test('an article page ships no script to run', async ({ page }) => {
  await page.goto(articlePath);
  const executable = await page
    .locator('script')
    .evaluateAll(
      (scripts) =>
        scripts.filter(
          (s) => (s.getAttribute('type') ?? 'text/javascript') !== 'application/ld+json',
        ).length,
    );
  expect(executable).toBe(0);
});

test('an article describes itself to search engines and link previews', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/first-steps\/$/,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    '逾期了先别慌：冷静面对的第一步',
  );
  const jsonLd = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts.map((s) => JSON.parse(s.textContent ?? '{}') as { '@type': string }),
    );
  expect(jsonLd.map((data) => data['@type'])).toEqual(['Article', 'BreadcrumbList']);
});
