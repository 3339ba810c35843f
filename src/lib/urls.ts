/**
 * Every internal link is built here, so the shape of a URL (base path,
 * trailing slash, encoding of Chinese tags) is decided in one place and a link
 * cannot drift from the route that serves it.
 */

import { articleAnchor } from './laws/citations';

// The Markdown pipeline builds law links while the config loads, before Vite defines import.meta.env.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

function withBase(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const paths = {
  home: () => withBase('/'),
  article: (slug: string) => withBase(`/articles/${slug}/`),
  question: (slug: string) => withBase(`/questions/${slug}/`),
  questions: (page = 1) => withBase(page > 1 ? `/questions/${page}/` : '/questions/'),
  category: (id: string, page = 1) =>
    withBase(page > 1 ? `/categories/${id}/${page}/` : `/categories/${id}/`),
  tags: () => withBase('/tags/'),
  tag: (tag: string, page = 1) =>
    withBase(
      page > 1 ? `/tags/${encodeURIComponent(tag)}/${page}/` : `/tags/${encodeURIComponent(tag)}/`,
    ),
  search: (query?: string) =>
    withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  glossary: (termId?: string) => withBase(termId ? `/glossary/#${termId}` : '/glossary/'),
  about: (section?: string) => withBase(section ? `/about/#${section}` : '/about/'),
  rss: () => withBase('/rss.xml'),
  tools: () => withBase('/tools/'),
  tool: (name: 'apr' | 'plan' | 'budget' | 'letter') => withBase(`/tools/${name}/`),
  /** One letter template; the negotiation letter is `negotiate`. The index is paths.tool('letter'). */
  letter: (id: string) => withBase(`/tools/letter/${id}/`),
  laws: () => withBase('/laws/'),
  platforms: () => withBase('/platforms/'),
  platform: (id: string) => withBase(`/platforms/${id}/`),
  /** The help pages: what you received, who to contact, browsing safely. */
  help: (page: 'received' | 'contacts' | 'safety', anchor?: string) =>
    withBase(anchor ? `/help/${page}/#${anchor}` : `/help/${page}/`),
  law: (id: string) => withBase(`/laws/${id}/`),
  /** One article's text on its law page; the anchor is ASCII so a shared link survives any messenger. */
  lawArticle: (id: string, article: string) => withBase(`/laws/${id}/#${articleAnchor(article)}`),
  /** The law page's list of every site page that cites one article. */
  lawArticleCiters: (id: string, article: string) =>
    withBase(`/laws/${id}/${articleAnchor(article)}/`),
} as const;

/**
 * Where 快速离开 goes: 中国天气网's home page. It is reachable in mainland China, says
 * nothing about money or debt, shows the same page to everyone (no login, nothing
 * personal) and is ordinary to have open. Why, and how to change it: README, 快速离开.
 */
export const quickExitUrl = 'https://www.weather.com.cn/';

/** Absolute URL for canonical links, Open Graph, JSON-LD and the feed. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

export type SiteLink =
  | { kind: 'article'; slug: string }
  | { kind: 'question'; slug: string }
  | { kind: 'category'; id: string }
  | { kind: 'glossary'; termId: string | undefined }
  | { kind: 'other'; path: string };

/**
 * What an internal link in an article body points at, so the content check can
 * tell `/articles/no-such-article/` from a page that exists. Query and fragment
 * are ignored; the path must end with `/` like every URL on this site.
 */
export function classifyInternalLink(href: string): SiteLink {
  const path = href.replace(/[?#].*$/, '');
  const fragment = /#(.+)$/.exec(href)?.[1];
  const relative = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  const article = /^\/articles\/([^/]+)\/?$/.exec(relative);
  if (article?.[1]) return { kind: 'article', slug: decodeURIComponent(article[1]) };
  const question = /^\/questions\/([^/]+)\/?$/.exec(relative);
  if (question?.[1] && !/^\d+$/.test(question[1])) {
    return { kind: 'question', slug: decodeURIComponent(question[1]) };
  }
  const category = /^\/categories\/([^/]+)\/?$/.exec(relative);
  if (category?.[1]) return { kind: 'category', id: decodeURIComponent(category[1]) };
  if (/^\/glossary\/?$/.test(relative)) {
    return {
      kind: 'glossary',
      termId: fragment === undefined ? undefined : decodeURIComponent(fragment),
    };
  }
  return { kind: 'other', path: relative };
}

/** A site's front page (`https://example.org/`, `/index.html`): a source that shows the reader nothing specific. */
export function isHomePage(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { pathname, search } = new URL(url);
  return search === '' && /^\/(?:index\.html?)?$/.test(pathname);
}
