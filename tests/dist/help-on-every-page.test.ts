import { describe, expect, it } from 'vitest';
import { listBuiltPages } from './lib/built-site';
import { documentOf } from './lib/html';
import { quickExitUrl } from '../../src/lib/urls';

/** The first two links of a page, in source order: the skip link, then the quick exit. */
const firstLinks = (page: { html: string }) => documentOf(page).querySelectorAll('a').slice(0, 2);

describe('help on every built page', () => {
  const pages = listBuiltPages();

  it('puts 快速离开 right after the skip link, as a plain link to the neutral site', () => {
    const missing = pages
      .filter((page) => {
        const [, exit] = firstLinks(page);
        return !(
          exit?.getAttribute('href') === quickExitUrl &&
          exit.getAttribute('rel') === 'noreferrer nofollow' &&
          exit.hasAttribute('data-quick-exit')
        );
      })
      .map((page) => page.path);
    expect(missing).toEqual([]);
  });

  it('closes with the same help line: 110, the crisis line and where to turn', () => {
    const missing = pages
      .filter((page) => {
        const line = documentOf(page).querySelector('footer .help-line');
        const hrefs = line?.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '') ?? [];
        const crisisLine = hrefs.find((href) => /^tel:\d{5,}$/.test(href));
        return !(hrefs.includes('tel:110') && crisisLine && hrefs.includes('/help/contacts/'));
      })
      .map((page) => page.path);
    expect(missing).toEqual([]);
  });
});
