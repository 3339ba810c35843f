import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('home, category and article read fully without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '冷静应对' }).first().click();
  await page.locator('.article-list a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.prose p').first()).toBeVisible();
  const toc = page.getByRole('navigation', { name: '本文目录' });
  // The phone's folded table of contents is a native <details>: it opens without script.
  const toggle = toc.locator('summary');
  if (await toggle.isVisible()) await toggle.click();
  const href = (await toc.getByRole('link').nth(1).getAttribute('href')) ?? '';
  await toc.getByRole('link').nth(1).click();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href));
});

test('the header search form still submits and the search page offers every category', async ({
  page,
}) => {
  await page.goto('/articles/first-steps/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: '搜索本站' }).fill('起诉');
  await header.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
  const browse = page.getByRole('region', { name: '按分类浏览' });
  await expect(browse.getByRole('heading', { level: 3 })).toHaveCount(5);
  await browse.getByRole('link', { name: '被起诉或收到法院短信怎么办' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('被起诉或收到法院短信怎么办');
});

test('a tool page explains itself and hides the form it cannot run', async ({ page }) => {
  await page.goto('/tools/plan/');
  await expect(page.getByText('这个计算器需要浏览器开启 JavaScript')).toBeVisible();
  await expect(page.getByRole('button', { name: '生成计划' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '一个例子' })).toBeVisible();
});
