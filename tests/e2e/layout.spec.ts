import { expect, test } from '@playwright/test';

// Every page at 320 px is checked in site-sweep.spec.ts.
test('an article reads in a sensible order with CSS switched off', async ({ page }) => {
  await page.goto('/articles/first-steps/');
  await page.evaluate(() => {
    document.querySelectorAll('link[rel="stylesheet"], style').forEach((node) => node.remove());
  });
  const order = await page.evaluate(() => {
    const text = document.body.innerText;
    return [
      '跳到正文',
      '网贷逾期应对指南',
      '逾期了先别慌：冷静面对的第一步',
      '要点',
      '本文依据',
      '免责声明',
      '本站不使用 Cookie',
    ].map((marker) => text.indexOf(marker));
  });
  expect(order.every((position) => position >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('printing an article hides navigation and writes out source addresses', async ({ page }) => {
  await page.goto('/articles/sued-or-court-message/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本文目录' })).toBeHidden();
  await expect(page.getByRole('region', { name: '相关文章' })).toBeHidden();
  await expect(page.locator('.prose')).toBeVisible();
  const sources = page.getByRole('region', { name: '参考来源' });
  await expect(sources.locator('.url').first()).toBeVisible();
  await expect(sources.locator('.url').first()).toHaveText(/^https?:\/\//);
});
