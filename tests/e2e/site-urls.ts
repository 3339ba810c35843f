/** Every page a reader can reach: the sitemap, plus the pages deliberately left out of it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The second search shows the crisis help box, so the whole-site checks (axe, 320 px, requests) cover it.
export const pagesOutsideSitemap = [
  '/search/?q=催收',
  '/search/?q=还不上了想死',
  '/404.html',
  '/articles/no-such-page/',
];

const locations = (xml: string) =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    decodeURIComponent(new URL(match[1] ?? '').pathname),
  );

/**
 * Read from the built sitemaps in dist/, without a server: tests are declared
 * before the preview server starts, and one test per page needs the list then.
 */
export function builtPaths(dist = resolve(import.meta.dirname, '../../dist')): string[] {
  if (!existsSync(join(dist, 'sitemap-index.xml'))) {
    throw new Error(`${dist}/sitemap-index.xml 不存在：先运行 npm run build`);
  }
  const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const pages = sitemaps.flatMap((name) => locations(readFileSync(join(dist, name), 'utf8')));
  return [...pages.sort(), ...pagesOutsideSitemap];
}
