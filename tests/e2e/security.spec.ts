import { expect, test, type Page } from '@playwright/test';

async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

// Every built page's policy text is checked in tests/dist/page-policy.test.ts; here the browser
// runs the pages that have scripts under it and reports no violation.
test('searching runs Pagefind under the policy without a violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/search/?q=协商');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('征信');
  await expect(page).toHaveURL(/q=%E5%BE%81%E4%BF%A1/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the tools work under the policy without a violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/tools/apr/');
  await page.getByRole('button', { name: '计算' }).click();
  await expect(page.locator('[data-out="nominal"]')).not.toBeEmpty();
  await page.goto('/tools/plan/');
  await page.locator('#debt-0-balance').fill('3000');
  await page.locator('#debt-0-rate').fill('24');
  await page.locator('#debt-0-minimum').fill('200');
  await page.locator('#debt-1-balance').fill('1000');
  await page.locator('#debt-1-rate').fill('12');
  await page.locator('#debt-1-minimum').fill('100');
  await page.getByLabel('每月能用来还款的钱', { exact: true }).fill('500');
  await page.getByRole('button', { name: '生成计划' }).click();
  await expect(page.locator('[data-chart] svg')).toBeVisible();
  await page.goto('/tools/letter/negotiate/');
  await page.getByRole('button', { name: '生成申请' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violations()).toEqual([]);
});
