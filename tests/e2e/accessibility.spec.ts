import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPaths } from './site-urls';

// WCAG 2.0–2.2 A and AA rules, the standard the site promises, plus axe's best practices
// (landmarks, heading order, one h1…): what lets a screen-reader user find their way around.
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Shards so that each test stays well inside its timeout as the site grows, and the two
// workers share the pages. Eight since best-practice rules joined: about 15 pages each.
const shards = 8;

for (let shard = 0; shard < shards; shard++) {
  test(`every page passes axe in light and dark colour schemes (part ${shard + 1} of ${shards})`, async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(240_000);
    const failures: string[] = [];
    const paths = (await allPaths(request)).filter((_, index) => index % shards === shard);
    // Phones, where most readers are, get every page in both schemes. Colours do not depend on
    // width, so the wide layout takes the schemes in turn: every page at that width, both
    // schemes across the site, and half the time of a second full sweep.
    const everyScheme = testInfo.project.name === 'phone';
    for (const [index, path] of paths.entries()) {
      const schemes = everyScheme
        ? (['light', 'dark'] as const)
        : ([index % 2 === 0 ? 'light' : 'dark'] as const);
      // One load per page: the colour scheme switches live, as it does when a phone goes dark.
      await page.emulateMedia({ colorScheme: schemes[0] });
      await page.goto(path);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        for (const violation of violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
          failures.push(
            `${path} [${colorScheme}] ${violation.id}: ${violation.help} → ${targets.join(', ')}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
}

test('tool results and error states pass axe too', async ({ page }) => {
  const received = page.getByLabel('实际到手的金额', { exact: true }).filter({ visible: true });
  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((v) => v.id);
  await page.goto('/tools/apr/');
  await received.fill('-1');
  await page.getByRole('button', { name: '计算' }).click();
  expect(await axe()).toEqual([]);
  await received.fill('10000');
  await page.getByRole('button', { name: '计算' }).click();
  expect(await axe()).toEqual([]);
  // The schedule kind: a bad line, then a result.
  await page.getByLabel('照 App 里的还款计划逐笔填').check();
  await page.getByLabel('借款到账的日期').fill('2026-01-01');
  await received.fill('1000');
  await page.getByLabel('还款计划', { exact: true }).fill('还款 600');
  await page.getByRole('button', { name: '计算' }).click();
  expect(await axe()).toEqual([]);
  await page.getByLabel('还款计划', { exact: true }).fill('2026-02-01 600\n2026-03-01 600');
  await page.getByRole('button', { name: '计算' }).click();
  expect(await axe()).toEqual([]);
});

test('the budget statement and a written letter pass axe', async ({ page }) => {
  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((v) => v.id);
  await page.goto('/tools/budget/');
  await page.locator('#income-salary').fill('5000');
  await page.locator('#spend-food').fill('2000');
  await page.locator('#lender-0').fill('甲银行');
  await page.locator('#owed-0').fill('20000');
  await page.getByRole('button', { name: '生成收支说明' }).click();
  await page.getByText('甲银行：每月').click();
  expect(await axe()).toEqual([]);
  await page.goto('/tools/letter/stop-contacting-others/');
  await page.getByRole('button', { name: '生成信件' }).click();
  expect(await axe()).toEqual([]);
  await page.getByLabel('平台或机构名称').fill('某某银行');
  await page.getByLabel('希望对方怎样联系你').fill('本人手机');
  await page.getByRole('button', { name: '生成信件' }).click();
  expect(await axe()).toEqual([]);
});
