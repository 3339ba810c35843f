/**
 * JSON-LD for search engines: `Article` for each article and `BreadcrumbList`
 * for its trail. Plain objects; the layout serialises them.
 */
import { toIsoDate } from './dates';

export interface BreadcrumbItem {
  label: string;
  /** Absent for the current page, which is the last item. */
  href?: string;
}

export function breadcrumbJsonLd(
  items: readonly BreadcrumbItem[],
  pageUrl: string,
  site: URL | string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: item.href ? new URL(item.href, site).href : pageUrl,
    })),
  };
}

export interface ArticleJsonLdInput {
  title: string;
  description: string;
  url: string;
  published: Date;
  updated: Date;
  siteName: string;
  siteUrl: string;
  section: string;
  keywords: readonly string[];
}

export function articleJsonLd(input: ArticleJsonLdInput) {
  const publisher = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    inLanguage: 'zh-CN',
    mainEntityOfPage: input.url,
    url: input.url,
    datePublished: toIsoDate(input.published),
    dateModified: toIsoDate(input.updated),
    articleSection: input.section,
    keywords: input.keywords.join(','),
    author: publisher,
    publisher,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
