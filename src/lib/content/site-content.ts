/**
 * The site's content, loaded once per build: collections read, checked as a
 * whole, sorted, grouped, and linked (related, previous/next). Routes ask this
 * module for what they show; see `articles.ts` for the rules themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { estimateReadingMinutes } from '../reading-time';
import {
  buildNeighbours,
  buildRelated,
  groupByCategory,
  questionsByArticle,
  questionsByCategory,
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
  type QuestionRecord,
  type TagGroup,
} from './articles';
import { ContentProblemsError, findContentProblems, type ContentProblem } from './integrity';
import { slugsOfHeadings } from './sections';
import { expandFactText } from '../facts/fact-tokens';
import { findCitationsInMarkdown, findCitationsInText } from '../laws/citation-blocks';
import { toCitableLaw } from '../laws/law-index';
import {
  buildLawIndex,
  isStillValid,
  renderedCitationsKey,
  type Citation,
  type LawIndex,
} from '../laws/citations';
import {
  citationKey,
  groupCitations,
  indexCitingPages,
  type CitedLaw,
  type CitingPage,
} from '../laws/law-citations';
import type { LawData } from '../laws/law-schema';
import { basisRows, type BasisRow } from '../laws/law-basis';
import { relatedQuestionsShown } from '../pagination';
import { paths } from '../urls';
import { sortPlatforms } from '../platforms';
import type { GlossaryTermData, LetterData, PlatformData } from './schemas';

export interface Article extends ArticleRecord {
  entry: CollectionEntry<'articles'>;
  /** The statute articles the body cites, by document: the page's 本文依据. */
  citations: CitedLaw[];
}

export interface Question extends QuestionRecord {
  entry: CollectionEntry<'questions'>;
  citations: CitedLaw[];
  /** The long articles it links, published ones only, in the author's order. */
  articles: Article[];
}

/** Everything a question page shows besides its body. */
export interface QuestionContext {
  question: Question;
  category: CategoryRecord;
  basis: BasisRow[];
}

export interface Law extends LawData {
  id: string;
  /** For a version no longer in force, the entry now in force. */
  current: { id: string; title: string; version: string } | undefined;
  /** Site pages citing each article, keyed by article number, in reading order. */
  citedBy: ReadonlyMap<string, readonly CitingPage[]>;
}

export interface ArticleContext {
  article: Article;
  category: CategoryRecord;
  related: Article[];
  neighbours: Neighbours<Article>;
  /** The article's 本文依据: each cited document with its articles. */
  basis: BasisRow[];
  /** Short-answer questions that send readers to this article, the first few. */
  questions: Question[];
}

/** A glossary term as its list shows it: the schema's output, with its articles resolved and its citations linked. */
export type GlossaryTerm = Omit<GlossaryTermData, 'articles'> & {
  id: string;
  citations: CitedLaw[];
  articles: Article[];
};

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
  /** Every published question in reading order (by category, then `order`). */
  questions: Question[];
  questionContexts: QuestionContext[];
  /** Each category's questions in reading order, keyed by category id. */
  questionsByCategory: ReadonlyMap<string, readonly Question[]>;
  /** Questions marked `common`, in reading order, for the home page. */
  commonQuestions: Question[];
  /** Glossary terms in pinyin order. */
  glossary: GlossaryTerm[];
  /** Every law entry by id, with the pages citing each of its articles. */
  laws: ReadonlyMap<string, Law>;
  /** Names and article numbers of the laws collection, for linking citations outside Markdown. */
  lawIndex: LawIndex;
  /** Loan products by app name, in pinyin order. */
  platforms: Platform[];
  /** The letters a reader fills in, in their `order`. */
  letters: Letter[];
}

/** A letter as its page uses it (content/letters/<id>.yaml). */
export type Letter = LetterData & { id: string };

/** A loan product as its pages show it (content/platforms/<id>.yaml). */
export type Platform = PlatformData & { id: string };

let loading: Promise<SiteContent> | undefined;

/** The same result for every route of one build: collections are read and linked once. */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= loadSiteContent();
  return loading;
}

async function loadSiteContent(): Promise<SiteContent> {
  const [
    articleEntries,
    questionEntries,
    categoryEntries,
    glossaryEntries,
    lawEntries,
    platformEntries,
    letterEntries,
  ] = await Promise.all([
    getCollection('articles'),
    getCollection('questions'),
    getCollection('categories'),
    getCollection('glossary'),
    getCollection('laws'),
    getCollection('platforms'),
    getCollection('letters'),
  ]);

  const categories = sortCategories(
    categoryEntries.map((entry) => ({ id: entry.id, ...entry.data })),
  );
  const problems = findContentProblems({
    articles: articleEntries.map(sourceFileOf),
    questions: questionEntries.map((entry) => ({
      ...sourceFileOf(entry),
      articleSlugs: entry.data.articles.map((reference) => reference.id),
    })),
    categoryIds: new Set(categories.map((category) => category.id)),
    glossary: glossaryEntries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      articleSlugs: entry.data.articles.map((reference) => reference.id),
    })),
  });
  const lawIndex = buildLawIndex(lawEntries.map((entry) => toCitableLaw(entry.id, entry.data)));
  const citationProblems: ContentProblem[] = [];
  const cite = (filePath: string, found: { citations: Citation[]; problems: string[] }) => {
    for (const message of found.problems) citationProblems.push({ filePath, field: '引用', message });
    return found.citations;
  };
  const articleCitations = new Map(
    articleEntries.map((entry) => [
      entry.id,
      cite(entry.filePath ?? entry.id, citationsOfArticle(entry, lawIndex)),
    ]),
  );
  // A question's answer is shown first and may cite a statute too.
  const questionCitations = new Map(
    questionEntries.map((entry) => {
      const filePath = entry.filePath ?? entry.id;
      return [
        entry.id,
        [
          ...cite(filePath, citationsInTexts([entry.data.answer], lawIndex)),
          ...cite(filePath, citationsOfArticle(entry, lawIndex)),
        ],
      ];
    }),
  );
  const glossaryCitations = new Map(
    glossaryEntries.map((entry) => [
      entry.id,
      cite(entry.filePath ?? entry.id, citationsInTexts([entry.data.definition, ...entry.data.basis], lawIndex)),
    ]),
  );
  const lawIds = new Set(lawEntries.map((entry) => entry.id));
  for (const entry of lawEntries) {
    const target = entry.data.supersededBy;
    if (target !== undefined && !lawIds.has(target)) {
      citationProblems.push({
        filePath: entry.filePath ?? entry.id,
        field: 'supersededBy',
        message: `content/laws/ 里没有“${target}”`,
      });
    }
  }
  problems.push(...citationProblems);
  if (problems.length > 0) throw new ContentProblemsError(problems);

  const toArticle = (entry: CollectionEntry<'articles'>): Article =>
    articleFromEntry(entry, groupCitations(articleCitations.get(entry.id) ?? []));
  const visible = selectVisible(articleEntries.map(toArticle), {
    includeDrafts: import.meta.env.DEV,
  });
  const articles = sortArticles(visible, categories);
  const sections = groupByCategory(articles, categories);
  const neighbours = buildNeighbours(sections);
  const related = buildRelated(articles);
  const categoryById = new Map(categories.map((category) => [category.id, category]));

  const basisLaws = new Map(
    lawEntries.map((entry) => [
      entry.id,
      {
        id: entry.id,
        short: entry.data.short,
        // A repealed text cited for the older cases it governs says so where it is listed.
        version:
          entry.data.status === '现行有效'
            ? entry.data.version
            : `${entry.data.version}，${entry.data.status}`,
      },
    ]),
  );
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const questions = sortArticles(
    selectVisible(
      questionEntries.map((entry) =>
        questionFromEntry(
          entry,
          groupCitations(questionCitations.get(entry.id) ?? []),
          articleBySlug,
        ),
      ),
      { includeDrafts: import.meta.env.DEV },
    ),
    categories,
  );
  const questionsOfArticle = questionsByArticle(questions);
  const contexts = articles.map((article) => ({
    article,
    category: categoryById.get(article.categoryId) as CategoryRecord,
    related: related.get(article.slug) ?? [],
    neighbours: neighbours.get(article.slug) ?? { previous: undefined, next: undefined },
    basis: basisRows(article.citations, basisLaws),
    questions: (questionsOfArticle.get(article.slug) ?? []).slice(0, relatedQuestionsShown),
  }));
  const questionContexts = questions.map((question) => ({
    question,
    category: categoryById.get(question.categoryId) as CategoryRecord,
    basis: basisRows(question.citations, basisLaws),
  }));

  const glossary = sortGlossary(
    glossaryEntries.map((entry) => ({
      id: entry.id,
      term: entry.data.term,
      aliases: entry.data.aliases,
      definition: entry.data.definition,
      sources: entry.data.sources,
      basis: entry.data.basis,
      citations: groupCitations(glossaryCitations.get(entry.id) ?? []),
      articles: entry.data.articles.flatMap((reference) => articleBySlug.get(reference.id) ?? []),
    })),
  );

  // Articles first in reading order, then questions, then glossary terms: the order a law page lists its citers.
  const citingPages = indexCitingPages([
    ...articles.map((article) => ({
      page: { href: paths.article(article.slug), title: article.title },
      citations: articleCitations.get(article.slug) ?? [],
    })),
    ...questions.map((question) => ({
      page: { href: paths.question(question.slug), title: question.title },
      citations: questionCitations.get(question.slug) ?? [],
    })),
    ...glossary.map((term) => ({
      page: { href: paths.glossary(term.id), title: `术语表：${term.term}` },
      citations: glossaryCitations.get(term.id) ?? [],
    })),
  ]);
  const lawById = new Map(lawEntries.map((entry) => [entry.id, entry]));
  const laws = new Map(
    lawEntries.map((entry) => {
      const current = entry.data.supersededBy ? lawById.get(entry.data.supersededBy) : undefined;
      const law: Law = {
        ...entry.data,
        id: entry.id,
        current: current && {
          id: current.id,
          title: current.data.title,
          version: current.data.version,
        },
        citedBy: new Map(
          Object.keys(entry.data.articles).map((article) => [
            article,
            citingPages.get(citationKey(entry.id, article)) ?? [],
          ]),
        ),
      };
      return [entry.id, law];
    }),
  );

  return {
    laws,
    lawIndex,
    platforms: sortPlatforms(platformEntries.map((entry) => ({ id: entry.id, ...entry.data }))),
    letters: letterEntries
      .map((entry) => ({ id: entry.id, ...entry.data }))
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    categories,
    sections,
    articles,
    tags: groupByTag(articles),
    latest: (limit) => latestArticles(articles, limit),
    urgent: articles.filter((article) => article.urgent),
    contexts,
    questions,
    questionContexts,
    questionsByCategory: questionsByCategory(questions),
    commonQuestions: questions.filter((question) => question.common),
    glossary,
  };
}

/**
 * What an article cites: read from its rendering when the Markdown plugin
 * recorded it and it still holds against today's laws, otherwise read from
 * the body again (which also finds the problems to report).
 */
function citationsOfArticle(
  entry: CollectionEntry<'articles'> | CollectionEntry<'questions'>,
  index: LawIndex,
) {
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  const recorded = frontmatter?.[renderedCitationsKey];
  if (
    Array.isArray(recorded) &&
    (recorded as Citation[]).every((citation) => isStillValid(citation, index))
  ) {
    return { citations: recorded as Citation[], problems: [] };
  }
  return findCitationsInMarkdown(entry.body ?? '', index);
}

/** What the content check reads of an article or a question. */
function sourceFileOf(entry: CollectionEntry<'articles'> | CollectionEntry<'questions'>) {
  return {
    slug: entry.id,
    filePath: entry.filePath ?? entry.id,
    categoryId: entry.data.category.id,
    body: entry.body ?? '',
    headingSlugs: headingSlugsOf(entry),
  };
}

/** Heading ids as rendered; MDX is rendered only when its page is, so its ids are worked out from the body. */
function headingSlugsOf(entry: CollectionEntry<'articles'> | CollectionEntry<'questions'>): string[] {
  const rendered = entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined;
  return rendered?.map((heading) => heading.slug) ?? slugsOfHeadings(entry.body ?? '', (text) => expandFactText(text));
}

/** Citations in separate texts (a definition, each line of a basis list): each is its own block. */
function citationsInTexts(texts: readonly string[], index: LawIndex) {
  const found = texts.map((text) => findCitationsInText(text, index));
  return {
    citations: found.flatMap((result) => result.citations),
    problems: found.flatMap((result) => result.problems),
  };
}

function questionFromEntry(
  entry: CollectionEntry<'questions'>,
  citations: CitedLaw[],
  articleBySlug: ReadonlyMap<string, Article>,
): Question {
  const { category, articles, ...data } = entry.data;
  const articleSlugs = articles.map((reference) => reference.id);
  return {
    ...data,
    slug: entry.id,
    categoryId: category.id,
    readingMinutes: estimateReadingMinutes(entry.body ?? ''),
    articleSlugs,
    articles: articleSlugs.flatMap((slug) => articleBySlug.get(slug) ?? []),
    citations,
    entry,
  };
}

function articleFromEntry(entry: CollectionEntry<'articles'>, citations: CitedLaw[]): Article {
  return {
    ...entry.data,
    slug: entry.id,
    categoryId: entry.data.category.id,
    readingMinutes: estimateReadingMinutes(entry.body ?? ''),
    citations,
    entry,
  };
}
