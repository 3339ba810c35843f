import { expect, test } from '@playwright/test';

test('a reader goes from home to a product page and sees what backs each fact', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: '按平台查：借呗、花呗、微粒贷……钱是谁借的' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '按平台查：借呗、花呗、微粒贷……钱是谁借的',
  );
  await page.getByRole('link', { name: '花呗', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '花呗逾期了：钱是谁借的，接下来怎么办',
  );

  const lenders = page.getByRole('region', { name: '钱是谁借给你的' });
  // A lender named only by news reports says so, and names the report.
  await expect(lenders.getByRole('listitem').first()).toContainText(
    '重庆蚂蚁消费金融有限公司（消费金融公司）',
  );
  await expect(lenders.getByRole('listitem').first()).toContainText('据新闻报道');
  await expect(lenders.getByRole('link', { name: '花呗接入央行征信' })).toHaveAttribute(
    'href',
    /bbtnews\.com\.cn/,
  );
  // What could not be confirmed is shown as such, not left out.
  const contact = page.getByRole('region', { name: '找官方客服、申请协商' });
  await expect(contact).toContainText('没能确认');
  // The licence's consequence is cited to the law text.
  const meaning = page.getByRole('region', { name: '这对你意味着什么' });
  await meaning.getByRole('link', { name: '第1条' }).first().click();
  await expect(page).toHaveURL(/\/laws\/minjian-jiedai-guiding\/#/);
});

test('searching a product by name finds its page first', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('借呗逾期会被起诉吗')}`);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first().getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    '/platforms/jiebei/',
  );
  // The short answer to the worry comes right after the product page.
  await expect(results.nth(1).locator('.result-label')).toHaveText('简短回答');
});

test('category pages and who-lent-you lead to the product pages', async ({ page }) => {
  await page.goto('/categories/negotiate/');
  await expect(
    page.getByRole('link', { name: '按平台查：借呗、花呗、微粒贷……钱是谁借的' }),
  ).toHaveAttribute('href', '/platforms/');
  await page.goto('/articles/who-lent-you/');
  await expect(page.getByRole('link', { name: '按平台查', exact: true })).toHaveAttribute(
    'href',
    '/platforms/',
  );
});
