import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../dist/lib/link-check';

const pages = [
  {
    path: '/articles/a/',
    html: '<h2 id="第一步先别慌">第一步</h2><a href="#%E7%AC%AC%E4%B8%80%E6%AD%A5%E5%85%88%E5%88%AB%E6%85%8C">目录</a><a href="/articles/b/#要点">b</a><a href="https://flk.npc.gov.cn/">法规</a>',
  },
  {
    path: '/articles/b/',
    html: '<h2 id="要点">要点</h2><a href="../a/">a</a><img src="/favicon.svg">',
  },
];
const served = new Set(['/articles/a/', '/articles/b/', '/favicon.svg']);

describe('findBrokenLinks', () => {
  it('accepts pages, Chinese anchors (encoded or not), relative links and assets', () => {
    expect(findBrokenLinks(pages, (path) => served.has(path))).toEqual([]);
  });

  it('names the page and the target of a link to a missing page', () => {
    const broken = findBrokenLinks(
      [{ path: '/articles/a/', html: '<a href="/articles/gone/">x</a>' }],
      (path) => served.has(path),
    );
    expect(broken).toEqual([
      { page: '/articles/a/', href: '/articles/gone/', reason: '/articles/gone/ 不存在' },
    ]);
  });

  it('finds an anchor with no matching heading', () => {
    const broken = findBrokenLinks(
      [...pages, { path: '/about/', html: '<a href="/articles/b/#不存在的标题">x</a>' }],
      (path) => served.has(path) || path === '/about/',
    );
    expect(broken).toEqual([
      {
        page: '/about/',
        href: '/articles/b/#不存在的标题',
        reason: '/articles/b/ 上没有 id="不存在的标题"',
      },
    ]);
  });
});
