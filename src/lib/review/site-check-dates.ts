/**
 * The site's own check dates, from the content the build has loaded: the
 * about page shows the oldest, so a reader can see how fresh the whole site is.
 */
import { facts } from '../../data/facts';
import type { Article, Question, SiteContent } from '../content/site-content';
import { paths } from '../urls';
import { collectCheckedItems, factRecords, oldestChecked, type CheckedItem } from './check-dates';

export function oldestCheckOnSite(
  content: Pick<SiteContent, 'articles' | 'questions' | 'laws' | 'platforms'>,
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
      ...content.articles.map((article) => pageDates(article, paths.article(article.slug))),
      ...content.questions.map((question) => pageDates(question, paths.question(question.slug))),
    ],
    platforms: content.platforms.map((platform) => ({
      file: `content/platforms/${platform.id}.yaml`,
      href: paths.platform(platform.id),
      name: platform.name,
      checked: platform.checked,
    })),
  });
  // Facts always exist, so there is always an oldest item.
  return oldestChecked(items) as CheckedItem;
}

/** An article's or a question's dates, with where it lives in the repository and on the site. */
function pageDates(
  page: Pick<Article | Question, 'entry' | 'slug' | 'title' | 'published' | 'updated' | 'reviewed'>,
  href: string,
) {
  const { slug, title, published, updated, reviewed } = page;
  return { file: page.entry.filePath ?? slug, href, title, published, updated, reviewed };
}
