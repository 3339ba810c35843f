/**
 * Finds internal links that lead nowhere: a page that does not exist, or a
 * `#fragment` with no matching id on its page. Table-of-contents anchors are
 * Chinese, so both sides are compared after percent-decoding.
 */

import { parse } from 'node-html-parser';

export interface PageForLinkCheck {
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

export function collectIds(html: string): Set<string> {
  return new Set(
    parse(html)
      .querySelectorAll('[id]')
      .map((element) => element.getAttribute('id') ?? ''),
  );
}

export function collectLinks(html: string): string[] {
  // Structured data, feeds and canonical URLs carry absolute addresses; only what a reader can follow matters here.
  return parse(html)
    .querySelectorAll('[href], [src]')
    .flatMap((element) =>
      ['href', 'src'].flatMap((name) => {
        const value = element.getAttribute(name);
        return value === undefined ? [] : [value];
      }),
    );
}

export function findBrokenLinks(
  pages: readonly PageForLinkCheck[],
  servesPath: (path: string) => boolean,
  origin = 'http://site.invalid',
): BrokenLink[] {
  const idsByPath = new Map(pages.map((page) => [page.path, collectIds(page.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of collectLinks(page.html)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) && !href.startsWith(origin)) continue;
      const url = new URL(href, new URL(page.path, origin));
      if (url.origin !== origin) continue;
      const path = decodeURIComponent(url.pathname);
      if (!servesPath(path)) {
        broken.push({ page: page.path, href, reason: `${path} 不存在` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment) {
        const ids = idsByPath.get(path) ?? idsByPath.get(url.pathname);
        if (ids && !ids.has(fragment)) {
          broken.push({ page: page.path, href, reason: `${path} 上没有 id="${fragment}"` });
        }
      }
    }
  }
  return broken;
}
