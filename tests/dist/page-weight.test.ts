import { afterAll, describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import { listBuiltPages } from './lib/built-site';
import { measurePage } from './lib/page-weight';

const pages = listBuiltPages().map((page) => ({ ...page, weight: measurePage(page.html) }));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function kind(path: string): 'article' | 'search' | 'tool' | 'other' {
  // A question page is read like an article: the same first-round-trip budget, no script.
  if (path.startsWith('/articles/') || /^\/questions\/[^/]*[^/\d][^/]*\/$/.test(path)) return 'article';
  if (path === '/search/') return 'search';
  // Each calculator, and each letter under /tools/letter/; the list of letters itself runs nothing.
  if (path === '/tools/letter/') return 'other';
  if (/^\/tools\/(?:letter\/)?[^/]+\/$/.test(path)) return 'tool';
  return 'other';
}

describe('page weight (gzipped)', () => {
  // Not a check: the figures behind the README's budget table, printed after the checks below.
  afterAll(() => {
    const rows = pages
      .filter((page) => kind(page.path) !== 'other' || ['/', '/about/', '/glossary/', '/404.html'].includes(page.path))
      .map((page) => `| ${page.path} | ${kb(page.weight.html)} | ${kb(page.weight.css)} | ${kb(page.weight.script)} |`);
    console.log(['| page | HTML KB | CSS KB | JS KB |', '| --- | ---: | ---: | ---: |', ...rows].join('\n'));
  });

  it.each(pages.filter((page) => kind(page.path) === 'article').map((page) => [page.path, page.weight] as const))(
    '%s fits the first round trip and ships no script',
    (_path, weight) => {
      expect(weight.html + weight.css).toBeLessThanOrEqual(budgets.articleHtmlAndCss);
      expect(weight.script).toBe(budgets.articleScript);
    },
  );

  it('keeps the search page light until the reader types', () => {
    const search = pages.find((page) => page.path === '/search/');
    expect(search?.weight.script).toBeGreaterThan(0);
    expect(search?.weight.script).toBeLessThanOrEqual(budgets.searchScriptBeforeTyping);
  });

  it.each(pages.filter((page) => kind(page.path) === 'tool').map((page) => [page.path, page.weight] as const))(
    '%s keeps its calculator script within budget',
    (_path, weight) => {
      expect(weight.script).toBeGreaterThan(0);
      expect(weight.script).toBeLessThanOrEqual(budgets.toolScript);
    },
  );

  it.each(pages.filter((page) => kind(page.path) === 'other').map((page) => [page.path, page.weight] as const))(
    '%s stays small and script-free',
    (_path, weight) => {
      expect(weight.html + weight.css).toBeLessThanOrEqual(budgets.otherPageHtmlAndCss);
      expect(weight.script).toBe(0);
    },
  );
});
