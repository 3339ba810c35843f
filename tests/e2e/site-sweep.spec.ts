/**
 * Every page, one test each, so the sweep grows with the site without any
 * test nearing its timeout and the two workers share pages evenly. Each page
 * is loaded once per screen and checked for what a reader relies on
 * everywhere: axe (WCAG 2.2 A/AA and best practices) in the colour schemes,
 * no request to another origin, no cookie or stored data, and on phones, no
 * sideways scroll at 320 px.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags } from './axe';
import { builtPaths } from './site-urls';

for (const [index, path] of builtPaths().entries()) {
  test(`${path}: axe, this site only, fits 320 px`, async ({ page, baseURL }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    const origin = new URL(baseURL ?? '').origin;
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
        problems.push(`请求了别的网站：${request.url()}`);
      }
    });
    // Phones, where most readers are, get every page in both schemes. Colours do not depend on
    // width, so the wide layout takes the schemes in turn: both schemes across the site.
    const schemes = phone
      ? (['light', 'dark'] as const)
      : ([index % 2 === 0 ? 'light' : 'dark'] as const);
    await page.emulateMedia({ colorScheme: schemes[0] });
    await page.goto(path);
    // Requests a script makes after load count too; once per page is enough.
    if (phone) await page.waitForLoadState('networkidle');
    for (const colorScheme of schemes) {
      // The scheme switches live, as it does when a phone goes dark.
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      for (const violation of violations) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
        problems.push(
          `[${colorScheme}] ${violation.id}: ${violation.help} → ${targets.join(', ')}`,
        );
      }
    }
    if (phone) {
      await page.setViewportSize({ width: 320, height: 640 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`320 px 宽时横向滚动：${width}px`);
    }
    const cookies = await page.context().cookies();
    if (cookies.length > 0)
      problems.push(`设置了 Cookie：${cookies.map((c) => c.name).join('、')}`);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    if (stored > 0) problems.push(`在浏览器里存了 ${stored} 项数据`);
    expect(problems).toEqual([]);
  });
}
