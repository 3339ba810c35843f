import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPaths } from './site-urls';

// WCAG 2.0–2.2 A and AA rules, the standard the site promises.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every page passes axe in light and dark colour schemes', async ({ page, request }) => {
  test.setTimeout(240_000);
  const failures: string[] = [];
  for (const path of await allPaths(request)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
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

test('tool results and error states pass axe too', async ({ page }) => {
  await page.goto('/tools/apr/');
  await page.getByLabel('实际到手的金额', { exact: true }).fill('-1');
  await page.getByRole('button', { name: '计算' }).click();
  let { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel('实际到手的金额', { exact: true }).fill('10000');
  await page.getByRole('button', { name: '计算' }).click();
  ({ violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze());
  expect(violations.map((v) => v.id)).toEqual([]);
});
