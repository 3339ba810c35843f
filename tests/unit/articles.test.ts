import { describe, expect, it } from 'vitest';
import {
  buildNeighbours,
  buildRelated,
  groupByCategory,
  groupByTag,
  latestArticles,
  questionsByArticle,
  questionsByCategory,
  selectVisible,
  sortArticles,
  type ArticleRecord,
  type CategoryRecord,
  type QuestionRecord,
} from '../../src/lib/content/articles';

const categories: CategoryRecord[] = [
  { id: 'legal', title: '法律与维权', description: '', order: 4 },
  { id: 'calm', title: '冷静应对', description: '', order: 1 },
  { id: 'empty', title: '空分类', description: '', order: 9 },
];

function article(slug: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    slug,
    title: slug,
    description: '',
    categoryId: 'calm',
    tags: [],
    keywords: [],
    sources: [],
    order: 100,
    published: new Date(Date.UTC(2025, 0, 1)),
    updated: new Date(Date.UTC(2025, 0, 1)),
    reviewed: undefined,
    draft: false,
    urgent: false,
    readingMinutes: 1,
    ...overrides,
  };
}

describe('selectVisible', () => {
  const articles = [article('a'), article('draft', { draft: true })];
  it('leaves drafts out of the published site', () => {
    expect(selectVisible(articles, { includeDrafts: false }).map((a) => a.slug)).toEqual(['a']);
  });
  it('keeps drafts for the dev server', () => {
    expect(selectVisible(articles, { includeDrafts: true })).toHaveLength(2);
  });
});

describe('sortArticles', () => {
  it('orders by category, then order, then title in pinyin', () => {
    const sorted = sortArticles(
      [
        article('legal-1', { categoryId: 'legal', order: 1 }),
        article('calm-zhang', { title: '张', order: 2 }),
        article('calm-an', { title: '安', order: 2 }),
        article('calm-first', { title: '最后按标题也排不到前面', order: 1 }),
      ],
      categories,
    );
    expect(sorted.map((a) => a.slug)).toEqual(['calm-first', 'calm-an', 'calm-zhang', 'legal-1']);
  });
});

describe('groupByCategory', () => {
  it('keeps every category in order, empty ones included', () => {
    const sections = groupByCategory(
      [article('a'), article('b', { categoryId: 'legal' })],
      categories,
    );
    expect(sections.map((s) => [s.category.id, s.articles.map((a) => a.slug)])).toEqual([
      ['calm', ['a']],
      ['legal', ['b']],
      ['empty', []],
    ]);
  });
});

describe('buildNeighbours', () => {
  it('links previous and next within a category only', () => {
    const sorted = sortArticles(
      [
        article('c1', { order: 1 }),
        article('c2', { order: 2 }),
        article('l1', { categoryId: 'legal', order: 1 }),
      ],
      categories,
    );
    const neighbours = buildNeighbours(groupByCategory(sorted, categories));
    expect(neighbours.get('c1')?.previous).toBeUndefined();
    expect(neighbours.get('c1')?.next?.slug).toBe('c2');
    expect(neighbours.get('c2')?.next).toBeUndefined();
    expect(neighbours.get('l1')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('buildRelated', () => {
  const sorted = sortArticles(
    [
      article('collection', { categoryId: 'legal', tags: ['催收', '维权'], order: 1 }),
      article('family', { categoryId: 'legal', tags: ['催收', '个人信息'], order: 2 }),
      article('court', { categoryId: 'legal', tags: ['诉讼'], order: 3 }),
      article('first-steps', { tags: ['催收', '维权'], order: 1 }),
      article('budget', { tags: ['预算'], order: 2 }),
    ],
    categories,
  );
  const related = buildRelated(sorted, 3);

  it('ranks shared tags above a shared category', () => {
    // first-steps shares two tags with collection (4 points) but is in another category.
    expect(related.get('collection')?.map((a) => a.slug)).toEqual([
      'first-steps',
      'family',
      'court',
    ]);
  });

  it('never lists an article as related to itself', () => {
    for (const [slug, list] of related) expect(list.map((a) => a.slug)).not.toContain(slug);
  });

  it('fills up from the same category when no tag is shared', () => {
    expect(related.get('budget')?.map((a) => a.slug)).toEqual(['first-steps']);
  });
});

describe('groupByTag', () => {
  it('puts the most used tags first', () => {
    const tags = groupByTag([
      article('a', { tags: ['征信', '催收'] }),
      article('b', { tags: ['催收'] }),
    ]);
    expect(tags.map((t) => [t.tag, t.articles.length])).toEqual([
      ['催收', 2],
      ['征信', 1],
    ]);
  });
});

describe('latestArticles', () => {
  it('returns the most recently updated first, up to the limit', () => {
    const latest = latestArticles(
      [
        article('old', { updated: new Date(Date.UTC(2024, 0, 1)) }),
        article('new', { updated: new Date(Date.UTC(2025, 5, 1)) }),
        article('mid', { updated: new Date(Date.UTC(2025, 0, 1)) }),
      ],
      2,
    );
    expect(latest.map((a) => a.slug)).toEqual(['new', 'mid']);
  });
});

describe('questions', () => {
  const question = (slug: string, categoryId: string, articleSlugs: string[]) =>
    ({ slug, categoryId, articleSlugs }) as unknown as QuestionRecord;
  const sorted = [
    question('sued-when', 'legal', ['sued', 'consequences']),
    question('three-years', 'legal', ['myths', 'sued', 'sued']),
    question('report-when', 'credit', ['consequences']),
  ];

  it('lists each article’s questions, those naming it first ahead, each once', () => {
    const byArticle = questionsByArticle(sorted);
    expect(byArticle.get('sued')?.map((q) => q.slug)).toEqual(['sued-when', 'three-years']);
    // report-when is about consequences first; sued-when only mentions it second.
    expect(byArticle.get('consequences')?.map((q) => q.slug)).toEqual(['report-when', 'sued-when']);
    expect(byArticle.get('first-steps')).toBeUndefined();
  });

  it('groups questions by category in reading order', () => {
    expect(
      questionsByCategory(sorted)
        .get('legal')
        ?.map((q) => q.slug),
    ).toEqual(['sued-when', 'three-years']);
  });
});
