/**
 * A reader on the phone with a collector opens 催收电话正在响 and must see what to
 * do without scrolling: the 要点 come before the table of contents, which waits
 * one tap away on a phone and stays in view beside the text on a wide screen.
 * Each describe sets its own viewport, so both projects check the same widths.
 */
import { expect, test, type Page } from '@playwright/test';

const articlePath = '/articles/collection-call/';

/** The first bullet of the 要点 list: the list right after the 要点 heading. */
function firstKeyPoint(page: Page) {
  return page
    .getByRole('heading', { level: 2, name: '要点', exact: true })
    .locator('xpath=following-sibling::ul[1]/li[1]');
}

test.describe('on a 375 × 812 phone screen', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the first step (turn on recording) is whole on the first screen', async ({ page }) => {
    await page.goto(articlePath);
    const bullet = firstKeyPoint(page);
    // The other developer's "详见" link may follow, so match the words, not the whole line.
    await expect(bullet).toContainText('打开录音');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await bullet.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThanOrEqual(812);
  });

  test('the table of contents is one tap away and leads to each section', async ({ page }) => {
    await page.goto(articlePath);
    const toc = page.getByRole('navigation', { name: '本文目录' });
    const links = toc.getByRole('link');
    const last = links.last();
    await expect(toc.locator('summary')).toBeInViewport();
    await expect(last).toBeHidden();

    await toc.locator('summary').click();
    await expect(links.first()).toBeVisible();
    const href = (await last.getAttribute('href')) ?? '';
    const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
    await expect(target).toHaveText((await last.textContent()) ?? '');
    await last.click();
    await expect(target).toBeInViewport();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href));
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the opened table of contents fits without sideways scrolling', async ({ page }) => {
    await page.goto(articlePath);
    await page.getByRole('navigation', { name: '本文目录' }).locator('summary').click();
    await expect(
      page.getByRole('navigation', { name: '本文目录' }).getByRole('link').last(),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the table of contents stays open beside the text, and in view while reading', async ({
    page,
  }) => {
    await page.goto(articlePath);
    const toc = page.getByRole('navigation', { name: '本文目录' });
    await expect(toc.getByRole('heading', { name: '本文目录' })).toBeVisible();
    await expect(toc.locator('summary')).toBeHidden();
    const links = toc.getByRole('link');
    await expect(links.first()).toBeInViewport();

    // Beside the text, not above it: to the right of the 要点, and starting no lower.
    const text = await page.locator('.prose').boundingBox();
    const side = await toc.boundingBox();
    expect(text).not.toBeNull();
    expect(side).not.toBeNull();
    expect(side?.x ?? 0).toBeGreaterThanOrEqual((text?.x ?? 0) + (text?.width ?? Infinity));
    expect(side?.y ?? Infinity).toBeLessThanOrEqual(text?.y ?? 0);

    // Far down the page, the list is still there to jump from.
    const href = (await links.last().getAttribute('href')) ?? '';
    await links.last().click();
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toBeInViewport();
    // Scrolling may be smooth: wait for it to arrive, well past the first screen.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(900);
    await expect(links.first()).toBeInViewport();
  });
});
