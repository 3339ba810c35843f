/**
 * Where the Markdown lives. `CONTENT_DIR` points the build at another tree: the
 * bad-input fixtures and the scale benchmark use it, readers never do.
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';

/**
 * True when the build reads the site's own content. Site furniture (the help pages) names
 * real articles; another tree need not hold them, and then those links are left out.
 */
export const isSiteContent = process.env.CONTENT_DIR === undefined;
