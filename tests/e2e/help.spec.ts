/**
 * Help that finds the reader: the quick exit and the help line on one page of
 * each kind (tests/dist/help-on-every-page.test.ts checks every built page),
 * the 我收到了…… and 该找谁 pages, and how they print. Runs in both projects
 * (375 and 1280 px); colour schemes and JavaScript are switched per test.
 */
import { expect, test, type Page } from '@playwright/test';
import { quickExitUrl } from '../../src/lib/urls';
import { received } from '../../src/data/received';
import { channels } from '../../src/data/contacts';
import { facts } from '../../src/data/facts';

const samplePages = [
  '/',
  '/articles/sued-or-court-message/',
  '/categories/legal/',
  '/tools/apr/',
  '/search/',
  '/glossary/',
  '/laws/',
  '/help/received/',
  '/help/contacts/',
  '/help/safety/',
  '/404.html',
];

async function quickExit(page: Page) {
  return page.getByRole('link', { name: /^快速离开/ });
}

test.describe('on one page of each kind, as a reader uses it', () => {
  // Width does not change where the links are: once, on the phone, is enough.
  test.skip(({ isMobile }) => !isMobile, 'checked once, at phone width');
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the quick exit comes first and the help line closes the page (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of samplePages) {
        await page.goto(path);
        const exit = await quickExit(page);
        await expect(exit, path).toBeVisible();
        await expect(exit, path).toHaveAttribute('href', quickExitUrl);
        await expect(exit, path).toHaveAttribute('rel', 'noreferrer nofollow');
        // The first link after the skip link, so Tab reaches it at once.
        const firstLinks = await page
          .locator('a[href]')
          .evaluateAll((links) => links.slice(0, 2).map((link) => link.textContent?.trim()));
        expect(firstLinks[1], path).toMatch(/^快速离开/);

        const help = page.getByRole('contentinfo').locator('.help-line');
        await expect(help, path).toBeVisible();
        await expect(help.getByRole('link', { name: '110' }), path).toHaveAttribute(
          'href',
          'tel:110',
        );
        await expect(help.getByRole('link', { name: '12356' }), path).toHaveAttribute(
          'href',
          `tel:${facts.hotlines['12356']?.number}`,
        );
        await expect(help.getByRole('link', { name: '该找谁' }), path).toHaveAttribute(
          'href',
          '/help/contacts/',
        );
      }
    });
  }

  test('the help line fits at 320 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/articles/sued-or-court-message/');
    const help = page.locator('.help-line');
    await expect(help).toBeVisible();
    const box = await help.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    await expect(await quickExit(page)).toBeInViewport();
  });

  test('print keeps the help line and drops the quick exit', async ({ page }) => {
    await page.goto('/articles/first-steps/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.help-line')).toBeVisible();
    await expect(await quickExit(page)).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the quick exit leaves for the neutral site', async ({ page }) => {
    // No network here: answer for the weather site, and check the browser went there.
    await page.route(`${quickExitUrl}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>天气</title>' }),
    );
    await page.goto('/articles/debt-sold/');
    await (await quickExit(page)).click();
    await expect(page).toHaveURL(quickExitUrl);
  });

  test('我收到了…… reads in full: each entry says how to check, the time limit and what to do', async ({
    page,
  }) => {
    await page.goto('/help/received/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我收到了……');
    for (const entry of received) {
      const section = page.locator(`section#${entry.id}`);
      await expect(section.getByRole('heading', { level: 2 }), entry.id).toHaveText(entry.title);
      await expect(section.getByText('怎样辨真假'), entry.id).toBeVisible();
      await expect(section.getByText('今天先做'), entry.id).toBeVisible();
      await expect(section.locator('a[href^="/articles/"]').first(), entry.id).toBeVisible();
    }
    const paymentOrder = page.locator('section#payment-order');
    await expect(paymentOrder).toContainText('自收到支付令之日起15日内');
    await expect(paymentOrder.getByRole('link', { name: '第227条' }).first()).toHaveAttribute(
      'href',
      /\/laws\/minshi-susong-fa\/#a227$/,
    );
    await paymentOrder.locator('a[href^="/articles/"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('被起诉或收到法院短信怎么办');
  });

  test('the home page routes by what the reader holds', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '支付令', exact: true }).click();
    await expect(page).toHaveURL(/\/help\/received\/#payment-order$/);
    await expect(page.locator('section#payment-order')).toBeInViewport();
  });

  test('该找谁 sends each problem to channels that are described below, with their numbers', async ({
    page,
  }) => {
    await page.goto('/help/contacts/');
    const routeLinks = page.locator('.routes a');
    expect(await routeLinks.count()).toBeGreaterThan(10);
    for (const href of await routeLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    )) {
      await expect(page.locator(href), href).toHaveCount(1);
    }
    for (const channel of channels.filter((c) => c.hotline)) {
      const number = facts.hotlines[channel.hotline ?? '']?.number ?? '';
      await expect(
        page.locator(`#ch-${channel.id}`).getByRole('link', { name: number, exact: true }),
      ).toHaveAttribute('href', `tel:${number}`);
    }
    await page
      .locator('#credit')
      .getByRole('link', { name: /当地人民银行分支机构/ })
      .click();
    await expect(page).toHaveURL(/#ch-pboc$/);
    await expect(page.locator('#ch-pboc')).toContainText('30日内书面答复');
  });

  test('安全浏览 is linked from the home page and says what the quick exit cannot do', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('link', { name: /安全浏览/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全浏览');
    await expect(page.getByRole('main')).toContainText('浏览记录还在');
  });
});

test('the help pages print with link addresses and without navigation', async ({ page }) => {
  for (const path of ['/help/received/', '/help/contacts/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '跳到' }), path).toBeHidden();
    await expect(page.getByRole('banner'), path).toBeHidden();
    const after = await page
      .locator('main section a[href^="/articles/"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after, path).toContain('/articles/');
    await page.emulateMedia({ media: 'screen' });
  }
});
