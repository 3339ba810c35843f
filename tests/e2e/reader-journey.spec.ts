import { expect, test } from '@playwright/test';

test('home → category → article → next article → related article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网贷逾期应对指南');

  const categories = page.getByRole('region', { name: '按你的处境找文章' });
  const firstCategory = categories.getByRole('heading', { level: 3 }).first().getByRole('link');
  const categoryName = (await firstCategory.textContent())?.trim() ?? '';
  await firstCategory.click();

  await expect(page).toHaveURL(/\/categories\/[a-z-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(categoryName);
  const articles = page.locator('.article-list > li');
  expect(await articles.count()).toBeGreaterThan(1);

  const firstArticle = articles.first().getByRole('link');
  const firstTitle = (await firstArticle.textContent())?.trim() ?? '';
  await firstArticle.click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  const breadcrumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(breadcrumbs.getByRole('link')).toHaveText(['首页', categoryName]);

  const pager = page.getByRole('navigation', { name: '同一分类的上一篇和下一篇' });
  const next = pager.getByRole('link', { name: /下一篇/ });
  const nextTitle = (await next.locator('.title').textContent())?.trim() ?? '';
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(breadcrumbs.getByRole('link').nth(1)).toHaveText(categoryName);
  await expect(pager.getByRole('link', { name: /上一篇/ })).toContainText(firstTitle);

  const related = page.getByRole('region', { name: '相关文章' }).getByRole('link').first();
  const relatedTitle = (await related.textContent())?.trim() ?? '';
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
});

test('a category page lists its articles in order with descriptions', async ({ page }) => {
  await page.goto('/categories/calm/');
  const items = page.locator('.article-list > li');
  await expect(items.first().getByRole('link')).toHaveText('逾期了先别慌：冷静面对的第一步');
  await expect(items.first().locator('p')).not.toBeEmpty();
});

test('the tag index leads to a tag page that lists articles', async ({ page }) => {
  await page.goto('/tags/');
  await page.getByRole('link', { name: /^催收/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：催收');
  expect(await page.locator('.article-list > li').count()).toBeGreaterThan(0);
});

test('the urgent box on the home page links to help for readers under threat', async ({ page }) => {
  await page.goto('/');
  const urgent = page.getByRole('region', { name: '如果你现在正被威胁或骚扰' });
  await expect(urgent).toContainText('110');
  await urgent.getByRole('link', { name: '遭遇暴力催收怎么办' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('遭遇暴力催收怎么办');
});

test('the home page and the header lead to the tools', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: '算一算' })
    .getByRole('link', { name: '真实年化利率计算器' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('真实年化利率计算器');
  await page.getByRole('banner').getByRole('link', { name: '工具' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工具');
  await expect(page.getByRole('main').getByRole('link')).toContainText([
    '真实年化利率计算器',
    '还款计划',
    '收支说明',
    '写给平台的信',
  ]);
  await page.getByRole('main').getByRole('link', { name: '写给平台的信' }).click();
  await page.getByRole('link', { name: '协商还款申请' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('协商还款申请');
});
