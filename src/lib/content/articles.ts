/**
 * Which articles, in what order: the one place that sorts, filters drafts,
 * groups by category, and works out related articles and previous/next.
 * Everything here is pure and runs once per build over all articles; pages
 * read the results and never sort or filter on their own.
 */

import type { ArticleData, CategoryData, QuestionData } from './schemas';

/** A category as lists use it: its file's data, as the schema outputs it, and its id. */
export type CategoryRecord = CategoryData & { id: string };

/**
 * An article as the lists and pages use it: the frontmatter exactly as the
 * schema outputs it (a new field arrives here without being copied by hand),
 * plus what the build works out: the URL slug, the category id and the
 * reading time.
 */
export type ArticleRecord = Omit<ArticleData, 'category'> & {
  slug: string;
  categoryId: string;
  readingMinutes: number;
};

/** A short-answer question as lists and pages use it: its frontmatter plus slug and ids. */
export type QuestionRecord = Omit<QuestionData, 'category' | 'articles'> & {
  slug: string;
  categoryId: string;
  readingMinutes: number;
  /** Slugs of the long articles it links, in the author's order. */
  articleSlugs: string[];
};

/** What reading order needs of a page: articles and questions sort the same way. */
type Ordered = { slug: string; categoryId: string; order: number; title: string };

export interface CategorySection<A extends ArticleRecord = ArticleRecord> {
  category: CategoryRecord;
  articles: A[];
}

export interface Neighbours<A extends ArticleRecord = ArticleRecord> {
  previous: A | undefined;
  next: A | undefined;
}

export interface TagGroup<A extends ArticleRecord = ArticleRecord> {
  tag: string;
  articles: A[];
}

// Pinyin order for Chinese titles, the order a Chinese reader expects in a list.
const chineseCollator = new Intl.Collator('zh-CN');

export function sortCategories(categories: readonly CategoryRecord[]): CategoryRecord[] {
  return [...categories].sort(
    (a, b) => a.order - b.order || chineseCollator.compare(a.title, b.title),
  );
}

/** Drafts stay out of every list, page, feed and index unless the caller asks for them (dev server). */
export function selectVisible<A extends { draft: boolean }>(
  articles: readonly A[],
  options: { includeDrafts: boolean },
): A[] {
  return options.includeDrafts ? [...articles] : articles.filter((article) => !article.draft);
}

/** Reading order: by category, then the author's `order`, then title. */
export function sortArticles<A extends Ordered>(
  articles: readonly A[],
  categories: readonly CategoryRecord[],
): A[] {
  const categoryRank = new Map(sortCategories(categories).map((c, index) => [c.id, index]));
  const rank = (article: A) => categoryRank.get(article.categoryId) ?? Number.MAX_SAFE_INTEGER;
  return [...articles].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.order - b.order ||
      chineseCollator.compare(a.title, b.title) ||
      a.slug.localeCompare(b.slug),
  );
}

/** Every category in order with its articles in reading order; empty categories are kept so their page still exists. */
export function groupByCategory<A extends ArticleRecord>(
  sortedArticles: readonly A[],
  categories: readonly CategoryRecord[],
): CategorySection<A>[] {
  const sections = sortCategories(categories).map((category) => ({
    category,
    articles: [] as A[],
  }));
  const byId = new Map(sections.map((section) => [section.category.id, section]));
  for (const article of sortedArticles) byId.get(article.categoryId)?.articles.push(article);
  return sections;
}

/** Previous and next article within the same category, for the links at the foot of an article. */
export function buildNeighbours<A extends ArticleRecord>(
  sections: readonly CategorySection<A>[],
): Map<string, Neighbours<A>> {
  const neighbours = new Map<string, Neighbours<A>>();
  for (const { articles } of sections) {
    articles.forEach((article, index) => {
      neighbours.set(article.slug, { previous: articles[index - 1], next: articles[index + 1] });
    });
  }
  return neighbours;
}

/**
 * Up to `limit` related articles for every article: each shared tag scores 2,
 * the same category scores 1, ties keep reading order. Candidates come from a
 * tag index and the category, so the work grows with the overlap between
 * articles, not with the square of their number.
 */
export function buildRelated<A extends ArticleRecord>(
  sortedArticles: readonly A[],
  limit = 3,
): Map<string, A[]> {
  const position = new Map(sortedArticles.map((article, index) => [article.slug, index]));
  const byTag = new Map<string, A[]>();
  const byCategory = new Map<string, A[]>();
  const indexInCategory = new Map<A, number>();
  for (const article of sortedArticles) {
    for (const tag of article.tags) appendTo(byTag, tag, article);
    indexInCategory.set(article, byCategory.get(article.categoryId)?.length ?? 0);
    appendTo(byCategory, article.categoryId, article);
  }

  const related = new Map<string, A[]>();
  for (const article of sortedArticles) {
    const scores = new Map<A, number>();
    for (const tag of article.tags) {
      for (const other of byTag.get(tag) ?? []) scores.set(other, (scores.get(other) ?? 0) + 2);
    }
    // Same-category articles nearest in reading order fill the places tags leave empty.
    const sameCategory = byCategory.get(article.categoryId) ?? [];
    for (const other of nearestFirst(sameCategory, indexInCategory.get(article) ?? 0, limit + 1)) {
      if (!scores.has(other)) scores.set(other, 0);
    }
    for (const [other, score] of scores) {
      if (other.categoryId === article.categoryId) scores.set(other, score + 1);
    }
    scores.delete(article);
    const ranked = [...scores.entries()]
      .sort(
        ([a, scoreA], [b, scoreB]) =>
          scoreB - scoreA || (position.get(a.slug) ?? 0) - (position.get(b.slug) ?? 0),
      )
      .slice(0, limit)
      .map(([other]) => other);
    related.set(article.slug, ranked);
  }
  return related;
}

/** Tags with their articles, most used first: the tag index and the tag pages. */
export function groupByTag<A extends ArticleRecord>(sortedArticles: readonly A[]): TagGroup<A>[] {
  const byTag = new Map<string, A[]>();
  for (const article of sortedArticles) {
    for (const tag of article.tags) appendTo(byTag, tag, article);
  }
  return [...byTag.entries()]
    .map(([tag, articles]) => ({ tag, articles }))
    .sort((a, b) => b.articles.length - a.articles.length || chineseCollator.compare(a.tag, b.tag));
}

/** The most recently updated articles first, for the feed and "最近更新". */
export function latestArticles<A extends ArticleRecord>(articles: readonly A[], limit: number): A[] {
  return [...articles]
    .sort(
      (a, b) =>
        b.updated.getTime() - a.updated.getTime() ||
        b.published.getTime() - a.published.getTime() ||
        a.slug.localeCompare(b.slug),
    )
    .slice(0, limit);
}

/**
 * The published articles a piece of data points to, in the order it names them. A slug
 * that names no published article stops the build, saying where it was written; with
 * `required: false` (a content tree other than the site's own) it is left out instead.
 */
export function articlesForSlugs<A extends { slug: string }>(
  articles: readonly A[],
  slugs: readonly string[],
  where: string,
  { required = true }: { required?: boolean } = {},
): A[] {
  return slugs.flatMap((slug) => {
    const article = articles.find((candidate) => candidate.slug === slug);
    if (article) return [article];
    if (required) throw new Error(`${where}：没有已发布的文章“${slug}”`);
    return [];
  });
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nearestFirst<A>(list: readonly A[], index: number, count: number): A[] {
  const result: A[] = [];
  for (let distance = 1; result.length < count && distance < list.length; distance++) {
    const before = list[index - distance];
    const after = list[index + distance];
    if (after !== undefined) result.push(after);
    if (before !== undefined) result.push(before);
  }
  return result.slice(0, count);
}

/**
 * For every article, the questions that name it among their articles: the
 * 相关问题 at the foot of the article. A question that names the article first
 * is mostly about it and comes first; among equals, reading order. Computed
 * once for all.
 */
export function questionsByArticle<Q extends QuestionRecord>(
  sortedQuestions: readonly Q[],
): Map<string, Q[]> {
  const byArticle = new Map<string, { question: Q; rank: number; index: number }[]>();
  sortedQuestions.forEach((question, index) => {
    [...new Set(question.articleSlugs)].forEach((slug, rank) =>
      appendTo(byArticle, slug, { question, rank, index }),
    );
  });
  return new Map(
    [...byArticle].map(([slug, entries]) => [
      slug,
      entries.sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.question),
    ]),
  );
}

/** Each category's questions in reading order. */
export function questionsByCategory<Q extends QuestionRecord>(
  sortedQuestions: readonly Q[],
): Map<string, Q[]> {
  const byCategory = new Map<string, Q[]>();
  for (const question of sortedQuestions) appendTo(byCategory, question.categoryId, question);
  return byCategory;
}

/** Glossary terms in pinyin order of the term itself. */
export function sortGlossary<T extends { term: string; id: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => chineseCollator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}
