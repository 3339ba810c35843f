import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/content/schemas';
import { readFrontmatterKeepingDatesAsText } from '../../src/lib/content/article-files';
import { findContentProblems } from '../../src/lib/content/integrity';
import { slugsOfHeadings } from '../../src/lib/content/sections';
import { findCitationsInMarkdown } from '../../src/lib/laws/citation-blocks';
import { readLawFiles } from '../../src/lib/laws/law-files';
import { lawIndexFromFiles } from '../../src/lib/laws/law-index';
import { generateArticle, syntheticSlug } from '../bench/synthetic-articles';

const categories = ['calm', 'negotiate', 'credit', 'legal', 'rebuild'];

describe('synthetic benchmark articles', () => {
  const articles = Array.from({ length: 50 }, (_, index) => generateArticle(index, 50, categories));

  it('are the same for the same seed and differ between articles', () => {
    expect(generateArticle(7, 50, categories)).toEqual(articles[7]);
    expect(articles[7]?.source).not.toBe(articles[8]?.source);
  });

  it('pass the real schema and the content check', () => {
    for (const article of articles)
      articleSchema.parse(readFrontmatterKeepingDatesAsText(article.source));
    const problems = findContentProblems({
      articles: articles.map((article, index) => ({
        slug: article.slug,
        filePath: `${article.slug}.md`,
        categoryId: categories[index % categories.length] ?? '',
        body: article.source.split('---\n')[2] ?? '',
        headingSlugs: slugsOfHeadings(article.source.split('---\n')[2] ?? ''),
      })),
      categoryIds: new Set(categories),
      glossary: [],
    });
    expect(problems).toEqual([]);
  });

  it('cite statutes the real content/laws/ backs, as real articles do', () => {
    const index = lawIndexFromFiles(
      readLawFiles(new URL('../../content/laws/', import.meta.url).pathname).laws,
    );
    const found = articles.map((article) =>
      findCitationsInMarkdown(article.source.split('---\n')[2] ?? '', index),
    );
    expect(found.flatMap((result) => result.problems)).toEqual([]);
    expect(found.filter((result) => result.citations.length > 0).length).toBeGreaterThan(25);
  });

  it('vary in length', () => {
    const lengths = articles.map((article) => article.source.length);
    expect(Math.max(...lengths)).toBeGreaterThan(2 * Math.min(...lengths));
    expect(syntheticSlug(42)).toBe('bench-00042');
  });
});
