import { expect, test, type Page } from '@playwright/test';

async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      text: element?.textContent?.trim() ?? '',
      tag: element?.tagName ?? '',
      label: element?.getAttribute('aria-label') ?? element?.id ?? '',
      ring: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
    };
  });
}

test('Tab walks the skip link, the quick exit, the header, the search box and the table of contents, each with a visible ring', async ({
  page,
}) => {
  await page.goto('/articles/first-steps/');
  await page.keyboard.press('Tab');
  let focused = await focusedElement(page);
  expect(focused).toMatchObject({ text: '跳到正文', ring: true });

  const tocFirst =
    (
      await page
        .getByRole('navigation', { name: '本文目录' })
        // Still folded away on a phone, so not yet a visible link: read it from the markup.
        .locator('a')
        .first()
        .textContent()
    )?.trim() ?? '';
  const seen: string[] = [];
  // Header, breadcrumb and tags come first; keep tabbing until the table of contents is reached.
  for (let step = 0; step < 40 && !seen.includes(tocFirst); step++) {
    await page.keyboard.press('Tab');
    focused = await focusedElement(page);
    expect(focused.ring, `focus ring on ${focused.tag} ${focused.text || focused.label}`).toBe(
      true,
    );
    seen.push(focused.text || focused.label);
    // Below the two-column width the table of contents is a closed <details>: Enter opens it.
    if (focused.tag === 'SUMMARY') await page.keyboard.press('Enter');
  }
  expect(seen.slice(0, 8)).toEqual([
    '快速离开（马上转到天气网站）',
    '网贷逾期应对指南',
    '工具',
    '术语表',
    '标签',
    '关于本站',
    'header-search-q',
    '搜索',
  ]);
  expect(seen).toContain(tocFirst);
  // The toggle is a stop of its own only where the list is folded away (narrower than 72rem).
  const folded = (page.viewportSize()?.width ?? 0) < 72 * 16;
  expect(seen.includes('本文目录')).toBe(folded);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/first-steps/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/categories/calm/');
  await page.getByRole('banner').getByRole('searchbox').focus();
  await page.keyboard.type('征信');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});
