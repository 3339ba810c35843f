/**
 * One test per page, so no test nears its timeout and a failure names its
 * page. The pages are every page of its own kind and a fixed sample of each
 * template with many pages (see sweepSample), so the sweep takes the same
 * time however many articles and questions the site has; tests/dist checks
 * every page statically. It runs once, in the phone project
 * (playwright.config.ts leaves it out of the desktop one): what it checks does
 * not change with width except sideways scrolling, and that matters on the
 * narrowest screens. Each page is checked for what a reader relies on
 * everywhere: axe (WCAG 2.2 A/AA and best practices), no request to another
 * origin as it loads, no cookie or stored data, no sideways scroll at 320 px.
 * A reader's journey with its late requests (search, Pagefind) is followed in
 * privacy.spec.ts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { axeTags } from './axe';
import { builtPaths, sweepSample } from './site-urls';

const pages = sweepSample(builtPaths());

/**
 * One page per worker, reused from test to test: a fresh browser context for each of some
 * 300 pages costs more than checking them. Every test starts from a blank page with the
 * cookies cleared. Layout and colours are the same at any pixel density; rendering at the
 * phone's 2.6× only makes each page slower to paint and check.
 */
const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, userAgent, isMobile, hasTouch, locale, baseURL } = workerInfo.project.use;
      const context = await browser.newContext({
        ...(viewport ? { viewport } : {}),
        ...(userAgent ? { userAgent } : {}),
        ...(locale ? { locale } : {}),
        ...(baseURL ? { baseURL } : {}),
        isMobile: isMobile ?? false,
        hasTouch: hasTouch ?? false,
        deviceScaleFactor: 1,
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const [index, { path, unique }] of pages.entries()) {
  test(`${path}: axe, this site only, fits 320 px`, async ({
    sweepPage: page,
    baseURL,
  }, testInfo) => {
    const origin = new URL(baseURL ?? '').origin;
    const problems: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
        problems.push(`请求了别的网站：${request.url()}`);
      }
    };
    await page.context().clearCookies();
    await page.setViewportSize(testInfo.project.use.viewport ?? { width: 375, height: 812 });
    page.on('request', onRequest);
    // A page of its own kind is checked in both colour schemes; a template's sampled pages
    // share their colours, so they take the schemes in turn.
    const schemes = unique
      ? (['light', 'dark'] as const)
      : [index % 2 === 0 ? ('light' as const) : ('dark' as const)];
    for (const [round, colorScheme] of schemes.entries()) {
      await page.emulateMedia({ colorScheme });
      if (round === 0) await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      for (const violation of violations) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
        problems.push(
          `[${colorScheme}] ${violation.id}: ${violation.help} → ${targets.join(', ')}`,
        );
      }
    }
    await page.setViewportSize({ width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`320 px 宽时横向滚动：${width}px`);
    const cookies = await page.context().cookies();
    if (cookies.length > 0)
      problems.push(`设置了 Cookie：${cookies.map((c) => c.name).join('、')}`);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    if (stored > 0) problems.push(`在浏览器里存了 ${stored} 项数据`);
    // The next page starts clean, so a failure names the page that stored something.
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    page.off('request', onRequest);
    expect(problems).toEqual([]);
  });
}
