/**
 * The editorial standard every published article meets, as a check a test can
 * run: enough sources (each cited legal document counts as one), at least one
 * of them official (a cited statute is), a 要点 summary at the
 * top, a 下一步 section at the end, and enough substance. The schema decides
 * what a file may contain; this decides what a finished article must contain.
 */
import { countChineseCharacters, markdownToReadableText } from '../reading-time';
import { nextStepsHeading, summaryHeading } from './sections';

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

function headings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1] ?? '');
}

function sectionBody(body: string, heading: string): string {
  const start = body.search(new RegExp(`^##\\s+${heading}\\s*$`, 'm'));
  if (start < 0) return '';
  const rest = body.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/^##\s/m);
  return end < 0 ? rest : rest.slice(0, end);
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
  const sections = headings(article.body);
  if (sections[0] !== summaryHeading) {
    problems.push(`正文要以“## ${summaryHeading}”开头`);
  } else {
    const points = sectionBody(article.body, summaryHeading).match(/^\s*[-*]\s+\S/gm)?.length ?? 0;
    if (points < summaryPoints.min || points > summaryPoints.max) {
      problems.push(`要点应有 ${summaryPoints.min}–${summaryPoints.max} 条，现在是 ${points} 条`);
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
