/**
 * The site's own check dates, from the content the build has loaded: the
 * about page shows the oldest, so a reader can see how fresh the whole site is.
 */
import { facts } from '../../data/facts';
import type { SiteContent } from '../content/site-content';
import { paths } from '../urls';
import { collectCheckedItems, factRecords, oldestChecked, type CheckedItem } from './check-dates';

export function oldestCheckOnSite(
  content: Pick<SiteContent, 'articles' | 'questions' | 'laws'>,
): CheckedItem {
  const items = collectCheckedItems({
    facts: factRecords(facts),
    factsFile: 'src/data/facts-data.ts',
    factsHref: paths.about('facts'),
    laws: [...content.laws.values()].map((law) => ({
      file: `content/laws/${law.id}.yaml`,
      href: paths.law(law.id),
      short: law.short,
      version: law.version,
      checked: law.checked,
      retrieved: law.textSource.retrieved,
      pendingRevision: law.pendingRevision,
    })),
    articles: [
      ...content.articles.map((article) => ({
        file: article.entry.filePath ?? article.slug,
        href: paths.article(article.slug),
        title: article.title,
        published: article.published,
        updated: article.updated,
        reviewed: article.reviewed,
      })),
      ...content.questions.map((question) => ({
        file: question.entry.filePath ?? question.slug,
        href: paths.question(question.slug),
        title: question.title,
        published: question.published,
        updated: question.updated,
        reviewed: question.reviewed,
      })),
    ],
  });
  // Facts always exist, so there is always an oldest item.
  return oldestChecked(items) as CheckedItem;
}
