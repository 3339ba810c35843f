/**
 * Every article in content/ meets the editorial standard (src/lib/content/quality.ts)
 * and every link and glossary reference in it resolves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, glossaryTermSchema, questionSchema } from '../../src/lib/content/schemas';
import { readArticleFiles } from '../../src/lib/content/article-files';
import { selectVisible } from '../../src/lib/content/articles';
import { findContentProblems } from '../../src/lib/content/integrity';
import { slugsOfHeadings } from '../../src/lib/content/sections';
import { expandFactText } from '../../src/lib/facts/fact-tokens';
import { isOfficialUrl, reviewArticle, reviewQuestion } from '../../src/lib/content/quality';
import { findCitationsInMarkdown } from '../../src/lib/laws/citation-blocks';
import { groupCitations } from '../../src/lib/laws/law-citations';
import { readLawFiles } from '../../src/lib/laws/law-files';
import { lawIndexFromFiles } from '../../src/lib/laws/law-index';
import yaml from 'js-yaml';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const files = (folder: string, pattern: RegExp) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => pattern.test(name))
    .map((name) => join(contentDir, folder, name));

const lawIndex = lawIndexFromFiles(readLawFiles(join(contentDir, 'laws')).laws);
// The loader's own discovery: every subfolder, drafts left out as the build leaves them out.
const articles = selectVisible(
  (await readArticleFiles(join(contentDir, 'articles'))).map((file) => {
    const data = articleSchema.parse(file.frontmatter);
    return { file: file.filePath, slug: file.slug, data, draft: data.draft, body: file.body };
  }),
  { includeDrafts: false },
);
const questions = selectVisible(
  (await readArticleFiles(join(contentDir, 'questions'))).map((file) => {
    const data = questionSchema.parse(file.frontmatter);
    return { file: file.filePath, slug: file.slug, data, draft: data.draft, body: file.body };
  }),
  { includeDrafts: false },
);
const glossary = files('glossary', /\.ya?ml$/).map((file) => ({
  file,
  id: file.replace(/^.*\/|\.ya?ml$/g, ''),
  data: glossaryTermSchema.parse(yaml.load(readFileSync(file, 'utf8'))),
}));

const draft = {
  filePath: 'x.md',
  sources: [{ url: 'https://flk.npc.gov.cn/' }, { url: 'https://example.org/' }],
  citedLaws: 0,
  body: `## 要点\n\n- 一。[详见](#正文)\n- 二。[详见](#正文)\n- 三。[详见](#正文)\n\n## 正文\n\n${'字'.repeat(1500)}\n\n## 下一步\n\n- [下一篇](/articles/myths/)`,
};

describe('reviewQuestion', () => {
  const question = { sources: [], citedLaws: 1, body: `## 取决于什么\n\n${'字'.repeat(300)}` };
  it('accepts a cited, short answer page', () => {
    expect(reviewQuestion(question)).toEqual([]);
  });
  it('wants a source, a body of the right length and no second summary', () => {
    expect(reviewQuestion({ ...question, citedLaws: 0 })).toEqual([
      expect.stringContaining('回答没有出处'),
    ]);
    expect(reviewQuestion({ ...question, body: '字'.repeat(50) })).toEqual([
      expect.stringContaining('正文有 50 个汉字'),
    ]);
    expect(reviewQuestion({ ...question, body: `## 要点\n\n${question.body}` })).toEqual([
      expect.stringContaining('问题页不写'),
    ]);
  });
});

describe('reviewArticle', () => {
  it('accepts an article that meets the standard', () => {
    expect(reviewArticle(draft)).toEqual([]);
  });
  it('wants two sources, one of them official', () => {
    expect(reviewArticle({ ...draft, sources: [{ url: 'https://example.org/' }] })).toEqual([
      '出处只有 1 个（sources 1 条，引用法规 0 部），至少要 2 个',
      expect.stringContaining('没有引用法规'),
    ]);
  });
  it('counts each cited legal document as an official source', () => {
    expect(reviewArticle({ ...draft, sources: [], citedLaws: 2 })).toEqual([]);
    expect(reviewArticle({ ...draft, sources: [], citedLaws: 1 })).toEqual([
      '出处只有 1 个（sources 0 条，引用法规 1 部），至少要 2 个',
    ]);
  });
  it('wants the 要点 summary first and 下一步 links last', () => {
    expect(reviewArticle({ ...draft, body: draft.body.replace('## 要点', '## 开头') })).toContain(
      '正文要以“## 要点”开头',
    );
    expect(
      reviewArticle({ ...draft, body: draft.body.replace('(/articles/myths/)', '(#top)') }),
    ).toEqual(['“下一步”里要有指向文章或工具的链接']);
  });
  it('counts the summary points', () => {
    expect(
      reviewArticle({ ...draft, body: draft.body.replace('- 三。[详见](#正文)\n', '') }),
    ).toEqual(['要点应有 3–5 条，现在是 2 条']);
  });
  it('wants every summary point to link to the section that supports it', () => {
    const body = draft.body
      .replace('- 二。[详见](#正文)', '- 二。')
      .replace('- 三。[详见](#正文)', '- 三。[详见](#下一步)');
    expect(reviewArticle({ ...draft, body })).toEqual([
      '要点第 2 条没有链接到支撑它的小节：在句末加上 [详见](#小节的锚点)',
      '要点第 3 条没有链接到支撑它的小节：在句末加上 [详见](#小节的锚点)',
    ]);
  });
  it('wants 1,500 Chinese characters of body text', () => {
    expect(
      reviewArticle({ ...draft, body: draft.body.replace('字'.repeat(1500), '字'.repeat(100)) }),
    ).toEqual([expect.stringContaining('至少要 1500 个')]);
  });
  it('knows official domains by their suffix, not by a look-alike', () => {
    expect(isOfficialUrl('https://www.court.gov.cn/')).toBe(true);
    expect(isOfficialUrl('https://gov.cn.example.com/')).toBe(false);
  });
});

describe('the published articles', () => {
  it('are all sixteen and more', () => {
    expect(articles.length).toBeGreaterThanOrEqual(16);
  });

  it.each(articles.map((article) => [article.slug, article] as const))(
    '%s meets the standard',
    (_slug, article) => {
      expect(
        reviewArticle({
          filePath: article.file,
          sources: article.data.sources,
          citedLaws: groupCitations(findCitationsInMarkdown(article.body, lawIndex).citations)
            .length,
          body: article.body,
        }),
      ).toEqual([]);
      expect(article.data.reviewed).toBeDefined();
    },
  );

  it.each(questions.map((question) => [question.slug, question] as const))(
    'question %s meets the standard',
    (_slug, question) => {
      const citedLaws = groupCitations([
        ...findCitationsInMarkdown(question.body, lawIndex).citations,
        ...findCitationsInMarkdown(question.data.answer, lawIndex).citations,
      ]).length;
      expect(
        reviewQuestion({ sources: question.data.sources, citedLaws, body: question.body }),
      ).toEqual([]);
      expect(question.data.reviewed).toBeDefined();
    },
  );

  it('link only to articles, questions, categories and glossary terms that exist', () => {
    const sourceFile = (page: (typeof articles | typeof questions)[number]) => ({
      slug: page.slug,
      filePath: page.file,
      categoryId: page.data.category.id,
      body: page.body,
      headingSlugs: slugsOfHeadings(page.body, (text) => expandFactText(text)),
    });
    const problems = findContentProblems({
      questions: questions.map((question) => ({
        ...sourceFile(question),
        articleSlugs: question.data.articles.map((reference) => reference.id),
      })),
      articles: articles.map(sourceFile),
      categoryIds: new Set(
        files('categories', /\.ya?ml$/).map((file) => file.replace(/^.*\/|\.ya?ml$/g, '')),
      ),
      glossary: glossary.map((term) => ({
        id: term.id,
        filePath: term.file,
        articleSlugs: term.data.articles.map((reference) => reference.id),
      })),
    });
    expect(problems).toEqual([]);
  });
});

describe('the glossary', () => {
  it('has at least 25 terms, each linked from an article or pointing to one', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    const linked = new Set(
      articles.flatMap((article) =>
        [...article.body.matchAll(/\/glossary\/#([\w-]+)/g)].map((m) => m[1]),
      ),
    );
    const orphans = glossary
      .filter((term) => !linked.has(term.id) && term.data.articles.length === 0)
      .map((t) => t.id);
    expect(orphans).toEqual([]);
  });
});
