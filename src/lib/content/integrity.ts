/**
 * Checks the content as a whole, after each file has passed its schema: things
 * a single file cannot know about itself. Astro only logs a reference to a
 * missing category; here it stops the build, with the file to fix.
 */
import { classifyInternalLink } from '../urls';
import { inPageTargets } from './sections';

export interface ArticleSourceFile {
  slug: string;
  /** Path relative to the project, as shown to the author. */
  filePath: string;
  categoryId: string;
  body: string;
  /** The ids of the body's headings, as the rendered page will have them. */
  headingSlugs: readonly string[];
}

/** A question is checked as an article is, and its `articles` must name published ones. */
export interface QuestionSourceFile extends ArticleSourceFile {
  articleSlugs: readonly string[];
}

export interface GlossarySourceFile {
  id: string;
  filePath: string;
  articleSlugs: readonly string[];
}

export interface ContentInventory {
  articles: readonly ArticleSourceFile[];
  questions?: readonly QuestionSourceFile[];
  categoryIds: ReadonlySet<string>;
  glossary: readonly GlossarySourceFile[];
}

export interface ContentProblem {
  filePath: string;
  field: string;
  message: string;
}

const markdownLink = /\]\(\s*<?([^)\s>]+)/g;
const referenceLink = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const htmlLink = /\bhref\s*=\s*["']([^"']+)["']/g;

/** Every link target an author wrote in a Markdown or MDX body. */
export function extractLinkTargets(body: string): string[] {
  const targets: string[] = [];
  for (const pattern of [markdownLink, referenceLink, htmlLink]) {
    for (const match of body.matchAll(pattern)) if (match[1]) targets.push(match[1]);
  }
  return targets;
}

export function findContentProblems({
  articles,
  questions = [],
  categoryIds,
  glossary,
}: ContentInventory): ContentProblem[] {
  const slugs = new Set(articles.map((article) => article.slug));
  const questionSlugs = new Set(questions.map((question) => question.slug));
  const termIds = new Set(glossary.map((term) => term.id));
  const problems: ContentProblem[] = [];
  const known = [...categoryIds].sort().join('、');

  const checkPage = (page: ArticleSourceFile) => {
    const report = (field: string, message: string) =>
      problems.push({ filePath: page.filePath, field, message });

    if (!categoryIds.has(page.categoryId)) {
      report('category', `分类“${page.categoryId}”不存在；可用的分类：${known}`);
    }
    if (page.body.trim() === '') {
      report('正文', '正文是空的：frontmatter 下面还没有内容');
    }
    const anchors = new Set(page.headingSlugs);
    for (const target of new Set(inPageTargets(page.body))) {
      if (!anchors.has(target)) {
        report(
          '链接',
          `“#${target}”指向本文没有的小标题；本文的小标题锚点有：${[...anchors].join('、')}`,
        );
      }
    }
    for (const target of extractLinkTargets(page.body)) {
      if (!target.startsWith('/') || target.startsWith('//')) {
        if (/\.mdx?(?:#|$)/.test(target)) {
          report('链接', `“${target}”指向源文件；请写成网址 /articles/<文件名>/`);
        }
        continue;
      }
      const path = target.replace(/[?#].*$/, '');
      const link = classifyInternalLink(target);
      if (link.kind === 'article' && !slugs.has(link.slug)) {
        report('链接', `“${target}”指向不存在的文章“${link.slug}”`);
      } else if (link.kind === 'question' && !questionSlugs.has(link.slug)) {
        report('链接', `“${target}”指向不存在的问题“${link.slug}”`);
      } else if (link.kind === 'category' && !categoryIds.has(link.id)) {
        report('链接', `“${target}”指向不存在的分类“${link.id}”`);
      } else if (link.kind === 'glossary' && link.termId !== undefined && !termIds.has(link.termId)) {
        report('链接', `“${target}”指向术语表里没有的词条“${link.termId}”`);
      } else if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
        report('链接', `“${target}”少了结尾的 /，本站的网址都以 / 结尾`);
      }
    }
  };

  articles.forEach(checkPage);
  for (const question of questions) {
    checkPage(question);
    // /questions/2/ is the second page of the list, so a question cannot be named by digits alone.
    if (/^\d+$/.test(question.slug)) {
      problems.push({
        filePath: question.filePath,
        field: '文件名',
        message: `“${question.slug}”只有数字，会和问题列表的分页网址冲突；请用拼音或英文单词命名`,
      });
    }
    for (const slug of question.articleSlugs) {
      if (!slugs.has(slug)) {
        problems.push({ filePath: question.filePath, field: 'articles', message: `文章“${slug}”不存在` });
      }
    }
  }
  for (const term of glossary) {
    for (const slug of term.articleSlugs) {
      if (!slugs.has(slug)) {
        problems.push({ filePath: term.filePath, field: 'articles', message: `文章“${slug}”不存在` });
      }
    }
  }
  return problems;
}

/** One readable error for all problems, each line naming the file and the field. */
export class ContentProblemsError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      [
        `内容检查发现 ${problems.length} 个问题：`,
        ...problems.map((p) => `  ${p.filePath} → ${p.field}：${p.message}`),
      ].join('\n'),
    );
    this.name = 'ContentProblemsError';
  }
}
