/**
 * The editorial standard every published article meets, as a check a test can
 * run: enough sources (each cited legal document counts as one), at least one
 * of them official (a cited statute is), a 要点 summary at the
 * top whose every bullet links to the section that supports it, a 下一步
 * section at the end, and enough substance. The schema decides
 * what a file may contain; this decides what a finished article must contain.
 */
import { countChineseCharacters, markdownToReadableText } from '../reading-time';
import {
  level2Headings,
  nextStepsHeading,
  sectionBody,
  summaryBullets,
  summaryHeading,
} from './sections';

/** Sites of the bodies that make and publish the rules the articles cite. */
export const officialDomains = [
  'gov.cn',
  'pbccrc.org.cn',
  'nifa.org.cn',
  'chinamoney.com.cn',
  '12321.cn',
] as const;

export const qualityRules = {
  minimumSources: 2,
  minimumChineseCharacters: 1500,
  summaryHeading,
  nextStepsHeading,
  summaryPoints: { min: 3, max: 5 },
} as const;

export interface ArticleForReview {
  filePath: string;
  sources: readonly { url: string }[];
  /** How many documents from content/laws/ the body cites (its 本文依据). */
  citedLaws: number;
  body: string;
}

export function isOfficialUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export function reviewArticle(article: ArticleForReview): string[] {
  const problems: string[] = [];
  const { minimumSources, minimumChineseCharacters, summaryHeading, nextStepsHeading, summaryPoints } =
    qualityRules;
  const sourceCount = article.sources.length + article.citedLaws;
  if (sourceCount < minimumSources) {
    problems.push(
      `出处只有 ${sourceCount} 个（sources ${article.sources.length} 条，引用法规 ${article.citedLaws} 部），至少要 ${minimumSources} 个`,
    );
  }
  if (article.citedLaws === 0 && !article.sources.some((source) => isOfficialUrl(source.url))) {
    problems.push(`没有引用法规，sources 里也没有官方网站（${officialDomains.join('、')}）`);
  }
  const sections = level2Headings(article.body);
  if (sections[0] !== summaryHeading) {
    problems.push(`正文要以“## ${summaryHeading}”开头`);
  } else {
    const bullets = summaryBullets(article.body);
    if (bullets.length < summaryPoints.min || bullets.length > summaryPoints.max) {
      problems.push(
        `要点应有 ${summaryPoints.min}–${summaryPoints.max} 条，现在是 ${bullets.length} 条`,
      );
    }
    // A bullet that points nowhere cannot be checked against the body; one that points at
    // the summary itself or at 下一步 points at no support.
    const ownSlugs = new Set<string>([summaryHeading, nextStepsHeading]);
    for (const bullet of bullets) {
      if (!bullet.targets.some((target) => !ownSlugs.has(target))) {
        problems.push(
          `要点第 ${bullet.number} 条没有链接到支撑它的小节：在句末加上 [详见](#小节的锚点)`,
        );
      }
    }
  }
  if (sections.at(-1) !== nextStepsHeading) {
    problems.push(`正文要以“## ${nextStepsHeading}”结尾`);
  } else if (!/\]\(\/(articles|tools)\//.test(sectionBody(article.body, nextStepsHeading))) {
    problems.push(`“${nextStepsHeading}”里要有指向文章或工具的链接`);
  }
  const characters = countChineseCharacters(markdownToReadableText(article.body));
  if (characters < minimumChineseCharacters) {
    problems.push(`正文只有 ${characters} 个汉字，至少要 ${minimumChineseCharacters} 个`);
  }
  return problems;
}

export const questionRules = {
  /** Enough to say what the answer depends on and what to do, short enough to stay a short answer. */
  chineseCharacters: { min: 200, max: 1500 },
} as const;

export interface QuestionForReview {
  sources: readonly { url: string }[];
  citedLaws: number;
  body: string;
}

/**
 * The standard for a short-answer question: a source behind the answer (a cited
 * law or an official page), and a body long enough to say what the answer
 * depends on but short enough that the long article stays where detail lives.
 */
export function reviewQuestion(question: QuestionForReview): string[] {
  const problems: string[] = [];
  if (question.citedLaws === 0 && !question.sources.some((source) => isOfficialUrl(source.url))) {
    problems.push('回答没有出处：引用至少一条法条，或者在 sources 里写一个官方网站的页面');
  }
  const characters = countChineseCharacters(markdownToReadableText(question.body));
  const { min, max } = questionRules.chineseCharacters;
  if (characters < min || characters > max) {
    problems.push(
      `正文有 ${characters} 个汉字，问题页要在 ${min}–${max} 字之间：更多的细节写进长文，再链接过去`,
    );
  }
  if (level2Headings(question.body).includes(summaryHeading)) {
    problems.push(`问题页不写“## ${summaryHeading}”：frontmatter 的 answer 就是开头的简短回答`);
  }
  return problems;
}
