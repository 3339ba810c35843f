import { expect, test } from '@playwright/test';

test('a citation in an article opens the text of that article, which lists the page back', async ({
  page,
}) => {
  await page.goto('/articles/abusive-collection/');
  const citation = page.locator('.prose').getByRole('link', { name: '第1033条' }).first();
  await expect(citation).toHaveAttribute('href', /^\/laws\/[a-z0-9-]+\/#a1033$/);
  await citation.click();

  await expect(page).toHaveURL(/#a1033$/);
  const article = page.locator('#a1033');
  await expect(article).toBeInViewport();
  await expect(article.getByRole('heading', { name: '第1033条' })).toBeVisible();
  await expect(article).toContainText('私人生活安宁');
  await expect(article.getByRole('link', { name: '遭遇暴力催收怎么办' })).toHaveAttribute(
    'href',
    '/articles/abusive-collection/',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中华人民共和国民法典');
});

test('本文依据 lists every document an article cites, each article linked', async ({ page }) => {
  await page.goto('/articles/sued-or-court-message/');
  const basis = page.getByRole('region', { name: '本文依据' });
  const civilProcedure = basis.getByRole('listitem').filter({ hasText: '《民事诉讼法》' });
  await expect(civilProcedure).toContainText('2023年修正');
  for (const article of ['第128条', '第165条', '第227条']) {
    await expect(civilProcedure.getByRole('link', { name: article, exact: true })).toBeVisible();
  }
  // The generated list and the frontmatter sources are separate: statutes are not repeated there.
  await expect(page.getByRole('region', { name: '参考来源' })).not.toContainText('《民事诉讼法》');
});

test('/laws/ groups the documents by kind and says what each version is', async ({ page }) => {
  await page.goto('/laws/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('法规原文');
  for (const kind of ['法律', '行政法规', '司法解释']) {
    await expect(page.getByRole('heading', { level: 2, name: kind })).toBeVisible();
  }
  const civilCodeLink = page.getByRole('link', { name: '中华人民共和国民法典', exact: true });
  await expect(page.getByRole('listitem').filter({ has: civilCodeLink })).toContainText('现行有效');
  await civilCodeLink.click();
  await expect(page.locator('.law-facts')).toContainText('全国人民代表大会');
  await expect(page.getByText('本页条文取自')).toBeVisible();
});

test('an old version carries a notice pointing at the version in force', async ({ page }) => {
  await page.goto('/laws/');
  const old = page
    .getByRole('listitem')
    .filter({ hasText: '治安管理处罚法' })
    .filter({ hasText: '2012年修正' });
  await old.getByRole('link').click();
  const notice = page.getByRole('note');
  await expect(notice).toContainText('只为说明历史而保留');
  await notice.getByRole('link').click();
  await expect(page.locator('.law-facts')).toContainText('现行有效');
  await expect(page.locator('.law-facts')).toContainText('2025年修订');
});

// Every law page's provenance lines are checked in the built HTML (tests/dist/citations.test.ts);
// here a reader follows the footer to the list and opens one.
test('the law pages are reachable from the footer and say where their text was taken from', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '法规原文' }).click();
  await expect(page).toHaveURL(/\/laws\/$/);
  const links = page.locator('.laws li > a');
  expect(await links.count()).toBeGreaterThan(10);
  await links.first().click();
  await expect(page.getByText(/^本页条文取自/)).toBeVisible();
  await expect(page.getByText(/^官方文本：/)).toBeVisible();
});

test('an article cited by many pages lists the first few and links to all of them', async ({
  page,
}) => {
  await page.goto('/laws/zhengxinye-guanli-tiaoli/#a16');
  const article = page.locator('#a16');
  const citers = article.locator('.citers a');
  const all = article.getByRole('link', { name: /^查看全部 \d+ 个页面$/ });
  const total = Number(/\d+/.exec((await all.textContent()) ?? '')?.[0]);
  expect(await citers.count()).toBe(5 + 1);
  expect(total).toBeGreaterThan(5);

  await all.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '引用《征信业管理条例》第16条的页面',
  );
  await expect(page.locator('.citers-page li a')).toHaveCount(total);
  await page.getByRole('link', { name: '回到条文' }).click();
  await expect(page).toHaveURL(/\/laws\/zhengxinye-guanli-tiaoli\/#a16$/);
});

test('a repealed law that still decides older cases says which cases, and why', async ({
  page,
}) => {
  await page.goto('/laws/danbao-fa/');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('已于2021年1月1日失效');
  await expect(notice).toContainText('仍适用于2021年1月1日以前订立的保证合同');
  // The rule that keeps it applying is itself a citation with its text on the site.
  await notice.getByRole('link', { name: '第1条' }).click();
  await expect(page.locator('#a1')).toContainText('民法典施行前的法律事实引起的民事纠纷案件');
  await page.goBack();
  await expect(page.locator('.law-facts')).toContainText('已废止');
  await expect(page.locator('.law-facts')).toContainText('失效');
});

test('a law whose revision could not be confirmed says so on its page', async ({ page }) => {
  await page.goto('/laws/qiye-pochan-fa/');
  await expect(page.getByRole('note')).toContainText('没能确认修订是否已经通过');
});

test('本文依据 marks a repealed law cited for older cases as repealed', async ({ page }) => {
  await page.goto('/articles/guarantor/');
  const basis = page.getByRole('region', { name: '本文依据' });
  await expect(basis.getByRole('listitem').filter({ hasText: '《担保法》' })).toContainText(
    '1995年通过，已废止',
  );
});
