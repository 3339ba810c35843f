/**
 * Where the Markdown lives. `CONTENT_DIR` points the build at another tree: the
 * bad-input fixtures and the scale benchmark use it, readers never do.
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';
