import { expect, test } from '@playwright/test';

test('a reader follows 大家常问 from home to a question and reads its answer first', async ({
  page,
}) => {
  await page.goto('/');
  const common = page.getByRole('region', { name: '大家常问' });
  await common.getByRole('link', { name: '网贷逾期多久会被起诉？' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网贷逾期多久会被起诉？');

  const answer = page.getByRole('region', { name: '简短回答' });
  await expect(answer).toContainText('法律没有规定逾期多少天就会被起诉');
  // The answer is why the reader came: it is on the first screen, before the body.
  const box = await answer.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y + box.height <= viewport.height).toBe(true);

  const basis = page.getByRole('region', { name: '本文依据' });
  await expect(basis.getByRole('listitem').filter({ hasText: '《民法典》' })).toContainText(
    '第188条',
  );
  await page
    .getByRole('region', { name: '详细了解' })
    .getByRole('link', { name: '被起诉或收到法院短信怎么办' })
    .click();
  await expect(page).toHaveURL(/\/articles\/sued-or-court-message\/$/);
  // The article lists the question back at its foot.
  await expect(
    page
      .getByRole('region', { name: '相关问题' })
      .getByRole('link', { name: '网贷逾期多久会被起诉？' }),
  ).toBeVisible();
});

test('a category page lists its questions, and /questions/ lists them all with answers', async ({
  page,
}) => {
  await page.goto('/categories/credit/');
  const inCategory = page.getByRole('region', { name: '这一类的常见问题' });
  await expect(inCategory.getByRole('link', { name: '逾期记录会在征信上留多久？' })).toBeVisible();
  await inCategory.getByRole('link', { name: '全部常见问题' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('常见问题');
  const item = page.getByRole('listitem').filter({ hasText: '网贷还不上，父母要替我还吗？' });
  await expect(item).toContainText('没有替你还钱的法定义务');
});

test('search puts the matching question’s short answer first, then the articles', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('逾期多久会被起诉')}`);
  const results = page.locator('[data-search-results] > li');
  const lead = results.first();
  await expect(lead.getByText('简短回答', { exact: true })).toBeVisible();
  await expect(lead.getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    '/questions/how-long-before-sued/',
  );
  // The answer itself is on the results page: the reader need not open anything.
  await expect(lead).toContainText('法律没有规定逾期多少天就会被起诉');
  await expect(page.getByRole('status')).toContainText('结果前面有一个问题的简短回答');
  // The long articles follow it.
  await expect(
    results.filter({ has: page.locator('a[href^="/articles/"]') }).first(),
  ).toBeVisible();
  await expect(results.locator('.result-label')).toHaveCount(1);
});

test('a query that no question answers well lists articles without a lifted answer', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('年化利率计算')}`);
  const first = page.locator('[data-search-results] > li').first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/articles\//);
  await expect(page.locator('[data-search-results] .result-label')).toHaveCount(0);
});

test('home leads to the timeline, which splits what the law fixes from what varies', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: '按时间看：逾期第1天到第3年会发生什么' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '逾期以后会发生什么：从第1天到第3年',
  );
  for (const step of ['第1天', '1个月', '3个月', '半年到1年', '3年']) {
    await expect(page.getByRole('heading', { level: 2, name: step, exact: true })).toBeVisible();
  }
  const threeMonths = page.locator('h2:text-is("3个月") + p');
  await expect(threeMonths).toContainText('本站没有找到任何法律把“逾期90天”定为一个节点');
  // Once a court is involved, the days are the law's, read from the deadline data.
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /起诉状副本/ })).toContainText('15日内');
  await expect(table.getByRole('row', { name: /判决、裁定生效后/ })).toContainText('2年');
});
