/** Every page a reader can reach: the sitemap, plus the pages deliberately left out of it. */
import type { APIRequestContext } from '@playwright/test';

// The second search shows the crisis help box, so the whole-site checks (axe, 320 px, requests) cover it.
export const pagesOutsideSitemap = [
  '/search/?q=催收',
  '/search/?q=还不上了想死',
  '/404.html',
  '/articles/no-such-page/',
];

export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const locations = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
  const sitemaps = await locations('/sitemap-index.xml');
  const pages = (await Promise.all(sitemaps.map(locations))).flat();
  return pages.map((path) => decodeURIComponent(path)).sort();
}

export async function allPaths(request: APIRequestContext): Promise<string[]> {
  return [...(await sitemapPaths(request)), ...pagesOutsideSitemap];
}
