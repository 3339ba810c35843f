/**
 * The rows of an article's 本文依据, as data and as the HTML of its list. The
 * list is written as one string: rendered as components, its dozens of small
 * links cost the build about half a millisecond a page, which at 10,000
 * articles is seconds (see tests/bench).
 */
import type { CitedLaw } from './law-citations';
import { paths } from '../urls';
import { ui } from '../../i18n/zh';

export interface BasisLaw {
  id: string;
  short: string;
  version: string;
}

export interface BasisRow {
  law: BasisLaw;
  articles: readonly string[];
}

export function basisRows(
  citations: readonly CitedLaw[],
  laws: ReadonlyMap<string, BasisLaw>,
): BasisRow[] {
  return citations.flatMap((cited) => {
    const law = laws.get(cited.lawId);
    return law ? [{ law, articles: cited.articles }] : [];
  });
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);

/** `<li>` items: 《民法典》（2020年通过）：第670条、第1033条, each part a link. */
export function basisListItemsHtml(rows: readonly BasisRow[]): string {
  return rows
    .map(({ law, articles }) => {
      const links = articles
        .map(
          (article) =>
            `<a href="${escapeHtml(paths.lawArticle(law.id, article))}">${escapeHtml(ui.laws.article(article))}</a>`,
        )
        .join('、');
      return `<li><a href="${escapeHtml(paths.law(law.id))}">《${escapeHtml(law.short)}》</a><span class="version">（${escapeHtml(law.version)}）</span>：${links}</li>`;
    })
    .join('');
}
