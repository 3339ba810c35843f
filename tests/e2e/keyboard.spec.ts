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

test('Tab walks the skip link, the header, the search box and the table of contents, each with a visible ring', async ({
  page,
}) => {
  await page.goto('/articles/first-steps/');
  await page.keyboard.press('Tab');
  let focused = await focusedElement(page);
  expect(focused).toMatchObject({ text: '跳到正文', ring: true });

  const seen: string[] = [];
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    focused = await focusedElement(page);
    expect(focused.ring, `focus ring on ${focused.tag} ${focused.text || focused.label}`).toBe(
      true,
    );
    seen.push(focused.text || focused.label);
  }
  expect(seen).toContain('网贷逾期应对指南');
  expect(seen).toContain('header-search-q');
  expect(seen).toContain('搜索');
  // The table of contents comes after the breadcrumb and the tags.
  const tocFirst =
    (await page
      .getByRole('navigation', { name: '本文目录' })
      .getByRole('link')
      .first()
      .textContent()) ?? '';
  expect(seen).toContain(tocFirst.trim());
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
