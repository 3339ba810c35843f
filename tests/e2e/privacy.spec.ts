import { expect, test } from '@playwright/test';

// Every page on its own is checked in site-sweep.spec.ts; this follows a reader from page to
// page and into a search, where Pagefind fetches its index and WebAssembly.
test('browsing and searching contact no other origin and leave nothing behind', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      foreign.push(`${page.url()} → ${req.url()}`);
    }
  });
  for (const path of ['/', '/articles/first-steps/', '/questions/jail/', '/tools/apr/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Searching loads Pagefind's index and WebAssembly: all of it must come from the site itself.
  await page.goto('/search/?q=征信');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();

  expect(foreign).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
  }));
  expect(stored).toEqual({ local: 0, session: 0 });
});
