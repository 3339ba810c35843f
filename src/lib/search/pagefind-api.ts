/**
 * The slice of Pagefind's browser API this site uses. Pagefind ships its
 * script with the built site (`/pagefind/pagefind.js`), not as an npm module,
 * so the types are ours.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** The page's whole indexed text. */
  content?: string;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Adds another index (one of this site's shards) to every later search. */
  mergeIndex: (indexPath: string) => Promise<void>;
  search: (
    /** null searches by the filters alone. */
    query: string | null,
    options?: { filters?: Record<string, string | string[] | Record<string, string>> },
  ) => Promise<PagefindSearchResponse | null>;
  /** Fetches the index chunks a search for `query` would need, without searching. */
  preload: (query: string) => Promise<void>;
  debouncedSearch?: unknown;
}
