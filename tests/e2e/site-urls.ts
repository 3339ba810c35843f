/** Every page a reader can reach: the sitemap, plus the pages deliberately left out of it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Pages made from one template: the first path segment and the depth, e.g. `questions/1` or `laws/2`. */
export function templateOf(path: string): string {
  const segments = path.split(/[/?]/).filter(Boolean);
  return `${segments[0] ?? ''}/${segments.length}`;
}

/**
 * The pages the whole-site sweep loads in a browser. Every page of a small group (home, about,
 * each tool, each help page, 404…) and, of each template with many
 * pages (articles, questions, laws, tags, products), the `perTemplate` pages most likely to
 * break: the largest, the smallest and the first. The sweep's time then does not grow with the
 * number of articles or questions; every page is still checked statically in tests/dist
 * (HTML validity, links, policy, help line, weight).
 */
export function sweepSample(
  paths: readonly string[],
  dist = resolve(import.meta.dirname, '../../dist'),
  perTemplate = 6,
): { path: string; unique: boolean }[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const key = templateOf(path);
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const size = (path: string) => {
    const clean = path.split('?')[0] ?? path;
    const file = join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
    return existsSync(file) ? statSync(file).size : 0;
  };
  return [...groups.values()].flatMap((group): { path: string; unique: boolean }[] => {
    // Small groups are pages of different kinds at the same depth (the help pages, the tools):
    // each is checked as a page of its own.
    if (group.length <= perTemplate) return group.map((path) => ({ path, unique: true }));
    const bySize = [...group].sort((a, b) => size(b) - size(a) || a.localeCompare(b));
    const chosen = new Set([
      ...bySize.slice(0, perTemplate - 2),
      bySize.at(-1) ?? '',
      group[0] ?? '',
    ]);
    return group.filter((path) => chosen.has(path)).map((path) => ({ path, unique: false }));
  });
}
