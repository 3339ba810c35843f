/**
 * The site's content, loaded once per build: collections read, checked as a
 * whole, sorted, grouped, and linked (related, previous/next). Routes ask this
 * module for what they show; see `articles.ts` for the rules themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { estimateReadingMinutes } from '../reading-time';
import {
  buildNeighbours,
  buildRelated,
  groupByCategory,
  groupByTag,
  latestArticles,
  selectVisible,
  sortArticles,
  sortCategories,
  sortGlossary,
  type ArticleRecord,
  type CategoryRecord,
  type CategorySection,
  type Neighbours,
  type TagGroup,
} from './articles';
import { ContentProblemsError, findContentProblems } from './integrity';

export interface Article extends ArticleRecord {
  entry: CollectionEntry<'articles'>;
  sources: CollectionEntry<'articles'>['data']['sources'];
}

export interface ArticleContext {
  article: Article;
  category: CategoryRecord;
  related: Article[];
  neighbours: Neighbours<Article>;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
  sources: CollectionEntry<'glossary'>['data']['sources'];
  articles: Article[];
}

export interface SiteContent {
  categories: CategoryRecord[];
  sections: CategorySection<Article>[];
  /** Every published article in reading order. */
  articles: Article[];
  tags: TagGroup<Article>[];
  latest: (limit: number) => Article[];
  /** Articles marked `urgent`, in reading order, for the home page's help box. */
  urgent: Article[];
  /** Everything an article page shows besides its body, computed for all articles at once. */
  contexts: ArticleContext[];
  /** Glossary terms in pinyin order. */
  glossary: GlossaryTerm[];
}

let loading: Promise<SiteContent> | undefined;

/** The same result for every route of one build: collections are read and linked once. */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= loadSiteContent();
  return loading;
}

async function loadSiteContent(): Promise<SiteContent> {
  const [articleEntries, categoryEntries, glossaryEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('categories'),
    getCollection('glossary'),
  ]);

  const categories = sortCategories(
    categoryEntries.map((entry) => ({ id: entry.id, ...entry.data })),
  );
  const problems = findContentProblems({
    articles: articleEntries.map((entry) => ({
      slug: entry.id,
      filePath: entry.filePath ?? entry.id,
      categoryId: entry.data.category.id,
      body: entry.body ?? '',
    })),
    categoryIds: new Set(categories.map((category) => category.id)),
    glossary: glossaryEntries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      articleSlugs: entry.data.articles.map((reference) => reference.id),
    })),
  });
  if (problems.length > 0) throw new ContentProblemsError(problems);

  const visible = selectVisible(articleEntries.map(toArticle), {
    includeDrafts: import.meta.env.DEV,
  });
  const articles = sortArticles(visible, categories);
  const sections = groupByCategory(articles, categories);
  const neighbours = buildNeighbours(sections);
  const related = buildRelated(articles);
  const categoryById = new Map(categories.map((category) => [category.id, category]));

  const contexts = articles.map((article) => ({
    article,
    category: categoryById.get(article.categoryId) as CategoryRecord,
    related: related.get(article.slug) ?? [],
    neighbours: neighbours.get(article.slug) ?? { previous: undefined, next: undefined },
  }));

  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const glossary = sortGlossary(
    glossaryEntries.map((entry) => ({
      id: entry.id,
      term: entry.data.term,
      aliases: entry.data.aliases,
      definition: entry.data.definition,
      sources: entry.data.sources,
      articles: entry.data.articles.flatMap((reference) => articleBySlug.get(reference.id) ?? []),
    })),
  );

  return {
    categories,
    sections,
    articles,
    tags: groupByTag(articles),
    latest: (limit) => latestArticles(articles, limit),
    urgent: articles.filter((article) => article.urgent),
    contexts,
    glossary,
  };
}

function toArticle(entry: CollectionEntry<'articles'>): Article {
  const { data } = entry;
  return {
    slug: entry.id,
    title: data.title,
    description: data.description,
    categoryId: data.category.id,
    tags: data.tags,
    keywords: data.keywords,
    order: data.order,
    published: data.published,
    updated: data.updated,
    reviewed: data.reviewed,
    draft: data.draft,
    urgent: data.urgent,
    readingMinutes: estimateReadingMinutes(entry.body ?? ''),
    sources: data.sources,
    entry,
  };
}
