/**
 * Page-weight budgets, in gzipped bytes, in one place. A reader on a cheap
 * phone and a slow network gets the article in the first round trip
 * (about 14 KB), and no script unless they use a tool or search.
 */
export const budgets = {
  /** An article page's HTML plus all its CSS: fits TCP's first round trip. */
  articleHtmlAndCss: 14 * 1024,
  /** Script on an article page before the reader does anything. */
  articleScript: 0,
  /** Script the search page runs before the reader types (Pagefind itself loads on the first query). */
  searchScriptBeforeTyping: 4 * 1024,
  /** Script on each tool page. */
  toolScript: 12 * 1024,
  /** Any other page's HTML plus CSS. */
  otherPageHtmlAndCss: 20 * 1024,
} as const;
