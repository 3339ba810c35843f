import { describe, expect, it } from 'vitest';
import { listBuiltPages } from './lib/built-site';
import { quickExitUrl } from '../../src/lib/urls';

/** The first two links of a page, in source order: the skip link, then the quick exit. */
const firstLinks = (html: string) =>
  [...html.matchAll(/<a\b([^>]*)>/g)].slice(0, 2).map((match) => match[1] ?? '');

describe('help on every built page', () => {
  const pages = listBuiltPages();

  it('puts 快速离开 right after the skip link, as a plain link to the neutral site', () => {
    const missing = pages
      .filter((page) => {
        const [, exit = ''] = firstLinks(page.html);
        return !(
          exit.includes(`href="${quickExitUrl}"`) &&
          exit.includes('rel="noreferrer nofollow"') &&
          exit.includes('data-quick-exit')
        );
      })
      .map((page) => page.path);
    expect(missing).toEqual([]);
  });

  it('closes with the same help line: 110, the crisis line and where to turn', () => {
    const missing = pages
      .filter(
        (page) =>
          !/class="help-line(?: [^"]*)?"[\s\S]*href="tel:110"[\s\S]*href="tel:\d+"[\s\S]*href="\/help\/contacts\/"/.test(
            page.html,
          ),
      )
      .map((page) => page.path);
    expect(missing).toEqual([]);
  });
});
