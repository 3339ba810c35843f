/**
 * A reader who searches in words about ending their life meets help first:
 * the crisis box stands above every result, whether the search matched
 * everything, part of the query, or nothing. Readers asking about something
 * else, even about a death in the family, see the results alone.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { facts } from '../../src/data/facts';
import { ui } from '../../src/i18n/zh';

const crisisLine = facts.hotlines['12356']?.number ?? '';
const text = ui.search;

function crisisBox(page: Page) {
  return page.getByRole('region', { name: text.crisis.heading });
}

/** Waits until the page shows its answer to `query`, not the one before. */
async function answered(page: Page, query: string) {
  await page.locator(`site-search[data-results-for="${query}"]`).waitFor();
}

async function expectHelpAbove(page: Page, below: ReturnType<Page['locator']>) {
  const box = crisisBox(page);
  await expect(box).toBeVisible();
  await expect(below).toBeVisible();
  const boxBounds = await box.boundingBox();
  const belowBounds = await below.boundingBox();
  expect(boxBounds && belowBounds && boxBounds.y + boxBounds.height).toBeLessThanOrEqual(
    belowBounds?.y ?? 0,
  );
  // Screen readers and keyboards meet it first too, not just eyes.
  const before = await box.evaluate(
    (element, other) =>
      Boolean(element.compareDocumentPosition(other as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
    await below.elementHandle(),
  );
  expect(before).toBe(true);
}

async function expectWaysToHelp(page: Page) {
  const box = crisisBox(page);
  await expect(box.getByRole('link', { name: crisisLine, exact: true })).toHaveAttribute(
    'href',
    `tel:${crisisLine}`,
  );
  await expect(box.getByRole('link', { name: '120', exact: true })).toHaveAttribute(
    'href',
    'tel:120',
  );
  await expect(box.getByRole('link', { name: '110', exact: true })).toHaveAttribute(
    'href',
    'tel:110',
  );
  await expect(box).toContainText('医院急诊');
  await expect(box.getByRole('link', { name: '压力太大时去哪里求助' })).toHaveAttribute(
    'href',
    '/articles/mental-health-help/',
  );
}

const firstResult = (page: Page) => page.locator('[data-search-results] > li').first();

test('help stands above the results for a crisis query in the address', async ({ page }) => {
  for (const query of ['还不上了想死', '我死了网贷家人要还吗', '欠了二十万活不下去了', '輕生']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await answered(page, query);
    await expectHelpAbove(page, firstResult(page));
    await expectWaysToHelp(page);
    await expect(page.getByRole('status'), query).toContainText(text.crisis.status);
  }
});

test('help appears as the reader types, and goes when the words change', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: text.label });
  await box.pressSequentially('被催收逼得想自杀');
  await answered(page, '被催收逼得想自杀');
  await expectHelpAbove(page, firstResult(page));
  await expectWaysToHelp(page);

  await box.fill('网贷逾期不想活了');
  await answered(page, '网贷逾期不想活了');
  await expectHelpAbove(page, firstResult(page));

  await box.fill('催收');
  await answered(page, '催收');
  await expect(firstResult(page)).toBeVisible();
  await expect(crisisBox(page)).toBeHidden();
  await expect(page.getByRole('status')).not.toContainText(text.crisis.status);
});

test('help stays when only part of the query matches', async ({ page }) => {
  const query = '收到律师函想自杀';
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await answered(page, query);
  await expect(page.getByRole('status')).toContainText(text.partialMatch);
  await expectHelpAbove(page, firstResult(page));
});

test('help stays when nothing matches, and the help page is the one result', async ({ page }) => {
  // No article holds all its words and none is a word search knows; if one ever does,
  // pick another such query from tests/unit/crisis.test.ts.
  const query = '孩子学费交不上活着太累';
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await answered(page, query);
  // Nothing else matches, but the help page is always among the results.
  const results = page.locator('[data-search-results] > li');
  await expect(results).toHaveCount(1);
  await expect(results.first().getByRole('link').first()).toHaveAttribute(
    'href',
    '/articles/mental-health-help/',
  );
  await expectHelpAbove(page, page.getByRole('status'));
  await expectWaysToHelp(page);
});

test('no help box for readers asking about something else', async ({ page }) => {
  for (const query of ['催收', '父亲去世了网贷谁还', '借款人死亡后债务谁还', '呆账死账会消除吗']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await answered(page, query);
    await expect(crisisBox(page), query).toBeHidden();
    await expect(page.getByRole('status'), query).not.toContainText(text.crisis.status);
  }
});

test('the help box passes axe, light and dark, and fits 320 px', async ({ page }) => {
  const query = '还不上了想死';
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await answered(page, query);
    await expect(crisisBox(page)).toBeVisible();
    const wcag = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    // Best practice for the box itself; the page around it is checked against WCAG above
    // (the quick exit sits outside any landmark on every page, on purpose, and axe's
    // best-practice `region` rule flags that).
    const practice = await new AxeBuilder({ page })
      .include('[data-crisis-help]')
      .withTags(['best-practice'])
      .analyze();
    expect(
      [...wcag.violations, ...practice.violations].map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
      colorScheme,
    ).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(crisisBox(page)).toBeVisible();
  const bounds = await crisisBox(page).boundingBox();
  expect(bounds && bounds.x + bounds.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the help links are reached by Tab before any result', async ({ page }) => {
  const query = '不想活了';
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await answered(page, query);
  await page.getByRole('searchbox', { name: text.label }).focus();
  const reached: string[] = [];
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        const href = element?.getAttribute('href') ?? element?.tagName ?? '';
        if (element?.closest('[data-crisis-help]')) return `help ${href}`;
        if (element?.closest('[data-search-results]')) return `result ${href}`;
        return `other ${href}`;
      }),
    );
  }
  expect(reached.filter((stop) => stop.startsWith('help '))).toEqual([
    `help tel:${crisisLine}`,
    'help tel:120',
    'help tel:110',
    'help /articles/mental-health-help/',
  ]);
  const lastHelp = reached.lastIndexOf('help /articles/mental-health-help/');
  const firstResultStop = reached.findIndex((stop) => stop.startsWith('result '));
  expect(firstResultStop).toBeGreaterThan(lastHelp);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page’s note still says where help is', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('还不上了想死')}`);
    const note = page.locator('.no-script-note');
    await expect(note).toContainText('搜索需要浏览器开启 JavaScript');
    await expect(note.getByRole('link', { name: crisisLine, exact: true })).toHaveAttribute(
      'href',
      `tel:${crisisLine}`,
    );
    await expect(note.getByRole('link', { name: '110', exact: true })).toBeVisible();
    await expect(note.getByRole('link', { name: '120', exact: true })).toBeVisible();
    await expect(note.getByRole('link', { name: '压力太大时去哪里求助' })).toHaveAttribute(
      'href',
      '/articles/mental-health-help/',
    );
  });
});
