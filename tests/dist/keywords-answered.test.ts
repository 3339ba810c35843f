/**
 * Every article keyword is answered where search brings the reader: in the
 * article's own text or in a question the page links to (src/lib/content/keyword-answers.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/content/schemas';
import { readArticleFiles } from '../../src/lib/content/article-files';
import { keywordVocabulary, unansweredKeywords } from '../../src/lib/content/keyword-answers';
import {
  baseVocabulary,
  fillerCharacters,
  fillerPhrases,
  synonyms,
} from '../../src/data/search-vocabulary';
import { listBuiltPages } from './lib/built-site';
import { documentOf, visibleText } from './lib/html';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const glossaryWords = readdirSync(join(contentDir, 'glossary')).flatMap((name) => {
  const term = yaml.load(readFileSync(join(contentDir, 'glossary', name), 'utf8')) as {
    term: string;
    aliases?: string[];
  };
  return [term.term, ...(term.aliases ?? [])];
});
const vocabulary = keywordVocabulary({
  words: [...baseVocabulary, ...glossaryWords],
  synonyms,
  fillerPhrases,
  fillerCharacters,
});

/**
 * The text of a page's main region, scripts and styles left out. An article is read as the
 * reader sees it, without its hidden keyword line; a question with it, since a question
 * listing a phrasing is the page that answers it.
 */
function mainText(page: { html: string }, { withKeywords }: { withKeywords: boolean }): string {
  const document = documentOf(page);
  return visibleText(document.querySelector('main') ?? document, { skipHidden: !withKeywords });
}

describe('article keywords', () => {
  it('are each answered by the article or a question it links to', async () => {
    const pages = new Map(listBuiltPages().map((page) => [page.path, page]));
    const siteCharacters = new Set(
      [...pages.values()].flatMap((page) => [...mainText(page, { withKeywords: false })]),
    );
    const articles = await readArticleFiles(join(contentDir, 'articles'));
    const gaps = articles.flatMap((article) => {
      const page = pages.get(`/articles/${article.slug}/`);
      if (page === undefined) return [];
      const linked = new Set(
        documentOf(page)
          .querySelectorAll('a[href^="/questions/"]')
          .map((link) => link.getAttribute('href')?.split('#')[0] ?? ''),
      );
      const texts = [
        mainText(page, { withKeywords: false }),
        ...[...linked].flatMap((path) => {
          const question = pages.get(path);
          return question ? [mainText(question, { withKeywords: true })] : [];
        }),
      ];
      const { keywords } = articleSchema.parse(article.frontmatter);
      return unansweredKeywords(keywords, texts, vocabulary, siteCharacters).map(
        ({ keyword, missing }) => `${article.slug}：${keyword}（页面上找不到：${missing.join('、')}）`,
      );
    });
    expect(gaps).toEqual([]);
  });
});
