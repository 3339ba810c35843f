import { describe, expect, it } from 'vitest';
import {
  ContentProblemsError,
  extractLinkTargets,
  findContentProblems,
  type ArticleSourceFile,
} from '../../src/lib/content/integrity';
import { slugsOfHeadings } from '../../src/lib/content/sections';

function file(slug: string, body: string, categoryId = 'calm'): ArticleSourceFile {
  return {
    slug,
    filePath: `content/articles/${slug}.md`,
    categoryId,
    body,
    headingSlugs: slugsOfHeadings(body),
  };
}

const categoryIds = new Set(['calm', 'legal']);
const glossary = [
  { id: 'zhengxin', filePath: 'content/glossary/zhengxin.yaml', articleSlugs: ['a'] },
];

describe('extractLinkTargets', () => {
  it('finds inline, reference and HTML links', () => {
    const body =
      '看[这里](/articles/a/)。\n\n[ref]: /articles/b/\n\n<a href="/categories/calm/">分类</a>';
    expect(extractLinkTargets(body)).toEqual(['/articles/a/', '/articles/b/', '/categories/calm/']);
  });
});

describe('findContentProblems', () => {
  it('accepts consistent content', () => {
    const problems = findContentProblems({
      articles: [
        file('a', '见[b](/articles/b/#要点)和[征信](/glossary/#zhengxin)'),
        file('b', '正文'),
      ],
      categoryIds,
      glossary,
    });
    expect(problems).toEqual([]);
  });

  it('names the file and field of an unknown category', () => {
    const [problem] = findContentProblems({
      articles: [file('a', '正文', 'nope')],
      categoryIds,
      glossary: [],
    });
    expect(problem).toMatchObject({ filePath: 'content/articles/a.md', field: 'category' });
    expect(problem?.message).toContain('nope');
    expect(problem?.message).toContain('calm');
  });

  it('reports an empty body', () => {
    const problems = findContentProblems({
      articles: [file('a', '  \n')],
      categoryIds,
      glossary: [],
    });
    expect(problems.map((p) => p.field)).toEqual(['正文']);
  });

  it('reports links to missing articles, categories and glossary terms', () => {
    const body = '[x](/articles/missing/) [y](/categories/gone/) [z](/glossary/#nothing)';
    const problems = findContentProblems({ articles: [file('a', body)], categoryIds, glossary });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('missing'),
      expect.stringContaining('gone'),
      expect.stringContaining('nothing'),
    ]);
  });

  it('asks for the trailing slash and for URLs instead of file names', () => {
    const problems = findContentProblems({
      articles: [
        file('a', '[x](/about) [y](./b.md) [z](https://example.org/x)'),
        file('b', '正文'),
      ],
      categoryIds,
      glossary: [],
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('/about'),
      expect.stringContaining('./b.md'),
    ]);
  });

  it('reports an in-page link to a heading the article does not have', () => {
    const body = [
      '## 要点',
      '',
      '- 先打开录音。[详见](#接电话之前十秒钟)',
      '- 问清楚是谁。[详见](#第一步先问清楚)',
      '',
      '## 接起来之前：十秒钟',
      '',
      '## 第一步：先问清楚',
    ].join('\n');
    const problems = findContentProblems({ articles: [file('a', body)], categoryIds, glossary });
    expect(problems).toEqual([
      {
        filePath: 'content/articles/a.md',
        field: '链接',
        message: expect.stringContaining('“#接电话之前十秒钟”指向本文没有的小标题'),
      },
    ]);
    expect(problems[0]?.message).toContain('接起来之前十秒钟');
  });

  it('reports glossary terms pointing at missing articles', () => {
    const problems = findContentProblems({
      articles: [],
      categoryIds,
      glossary: [{ id: 't', filePath: 'content/glossary/t.yaml', articleSlugs: ['ghost'] }],
    });
    expect(problems).toEqual([
      {
        filePath: 'content/glossary/t.yaml',
        field: 'articles',
        message: expect.stringContaining('ghost'),
      },
    ]);
  });
});

describe('ContentProblemsError', () => {
  it('lists every problem with its file and field', () => {
    const error = new ContentProblemsError([
      { filePath: 'content/articles/a.md', field: 'category', message: '分类“x”不存在' },
    ]);
    expect(error.message).toContain('content/articles/a.md → category：分类“x”不存在');
  });
});
