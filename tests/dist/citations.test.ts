/**
 * "Law you can check", as a reader meets it in the built site: every 第N条 on
 * an article, the glossary or a tool page is a link, and every such link lands
 * on that article's text on its law page.
 */
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { listBuiltPages, type BuiltPage } from './lib/built-site';
import { documentOf } from './lib/html';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const pages = listBuiltPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const citing = pages.filter((page) =>
  /^\/(articles\/[^/]+|glossary|tools\/[^/]+)\/$/.test(page.path),
);

function mainOf(page: BuiltPage): HastNode {
  const find = (node: HastNode): HastNode | undefined =>
    node.tagName === 'main' ? node : node.children?.map(find).find(Boolean);
  return find(htmlToHast(page.html) as HastNode) ?? { type: 'root' };
}

/** Text runs with the link (if any) they sit in, skipping what readers never see. */
function textRuns(node: HastNode, href?: string): { text: string; href: string | undefined }[] {
  if (node.type === 'text') return [{ text: node.value ?? '', href }];
  if (node.properties?.['hidden'] !== undefined || node.tagName === 'script') return [];
  const link = node.tagName === 'a' ? String(node.properties?.['href'] ?? '') : href;
  return (node.children ?? []).flatMap((child) => textRuns(child, link));
}

describe('statute citations in the built site', () => {
  it('finds the pages that cite', () => {
    expect(citing.length).toBeGreaterThan(16);
  });

  it.each(citing.map((page) => [page.path, page] as const))(
    '%s: every 第N条 is a link to /laws/',
    (_path, page) => {
      const unlinked = textRuns(mainOf(page))
        .filter((run) => !run.href?.startsWith('/laws/'))
        .flatMap((run) => run.text.match(/第\d+条(之[一二三四五六七八九十])?/g) ?? []);
      expect(unlinked).toEqual([]);
    },
  );

  it('every law link lands on a section holding that article’s text', () => {
    const targets = new Set(
      citing.flatMap((page) =>
        textRuns(mainOf(page))
          .map((run) => run.href ?? '')
          .filter((href) => /^\/laws\/[^/]+\/#a\d/.test(href)),
      ),
    );
    expect(targets.size).toBeGreaterThan(100);
    for (const target of targets) {
      const [path = '', anchor = ''] = target.split('#');
      const page = byPath.get(path);
      const quoted = page && documentOf(page).querySelector(`section[id="${anchor}"] blockquote p`);
      expect(quoted?.textContent.trim().length ?? 0, target).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('law pages', () => {
  const lawPages = pages.filter((page) => /^\/laws\/[^/]+\/$/.test(page.path));

  it('each says where its text was taken from and where the official text is', () => {
    expect(lawPages.length).toBeGreaterThan(10);
    const silent = lawPages
      .filter((page) => {
        const paragraphs = documentOf(page)
          .querySelectorAll('main p')
          .map((paragraph) => paragraph.textContent.trim());
        return !(
          paragraphs.some((text) => text.startsWith('本页条文取自')) &&
          paragraphs.some((text) => text.startsWith('官方文本：'))
        );
      })
      .map((page) => page.path);
    expect(silent).toEqual([]);
  });
});

describe('facts in the built site', () => {
  it('no page shows a {{fact}} token instead of its value', () => {
    const raw = pages.filter((page) => /\{\{\s*[a-z0-9-]+\s*\}\}/.test(page.html)).map((p) => p.path);
    expect(raw).toEqual([]);
  });

  it('a fact shows its value and the day it was checked', () => {
    const html = byPath.get('/glossary/')?.html ?? '';
    expect(html).toMatch(/12378（<a href="\/about\/#facts">\d{4}年\d{1,2}月\d{1,2}日核对/);
  });
});
