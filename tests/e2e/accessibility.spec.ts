import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags } from './axe';

// Every page as built is swept in site-sweep.spec.ts; these are the states a reader's input brings about.
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
