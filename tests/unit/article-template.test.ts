import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/content/schemas';
import { readFrontmatterKeepingDatesAsText } from '../../src/lib/content/article-files';
import { renderArticleTemplate, slugPattern } from '../../src/lib/content/article-template';

describe('renderArticleTemplate', () => {
  const source = renderArticleTemplate({
    slug: 'court-letter',
    categoryId: 'legal',
    date: '2026-11-25',
  });

  it('writes frontmatter that passes the schema, as a draft', () => {
    const data = articleSchema.parse(readFrontmatterKeepingDatesAsText(source));
    expect(data).toMatchObject({
      draft: true,
      category: { id: 'legal', collection: 'categories' },
    });
    expect(data.published.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('starts with the sections every article has', () => {
    expect(source).toMatch(/## 要点[\s\S]*## 下一步/);
  });
});

describe('slugPattern', () => {
  it.each(['court-letter', 'a1'])('accepts %s', (slug) =>
    expect(slugPattern.test(slug)).toBe(true),
  );
  it.each(['Court', '法院', 'a--b', '-a', 'a b'])('refuses %s', (slug) =>
    expect(slugPattern.test(slug)).toBe(false),
  );
});
