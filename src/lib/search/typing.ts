/**
 * How the search page follows typing. Shared with the benchmark, which times
 * a typed query the way the page runs it.
 */

/** The search runs this long after the last keystroke; the query's index chunks are fetched meanwhile. */
export const searchDebounceMs = 200;
