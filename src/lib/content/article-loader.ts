import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import {
  articleFilePattern,
  findDuplicateSlugs,
  listArticleFiles,
  readFrontmatterKeepingDatesAsText,
  slugFromPath,
} from './article-files';

/**
 * Astro's glob loader with three changes: every article's slug is its file name
 * (so `a/x.md` and `b/x.md` collide and fail the build instead of one hiding
 * the other), duplicates are found before loading (Astro's own check can miss
 * two files loaded at the same moment), and frontmatter dates reach the schema
 * as the text the author wrote.
 */
/** `route` is where the files are published, for the message about two files sharing a URL. */
export function articleLoader(base: string, route = '/articles/'): Loader {
  const inner = glob({
    pattern: articleFilePattern,
    base,
    generateId: ({ entry }) => slugFromPath(entry),
  });
  return {
    name: 'article-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const files = await listArticleFiles(resolve(root, base));
      const duplicates = findDuplicateSlugs(files.map((file) => relative(root, file)));
      if (duplicates.length > 0) {
        throw new Error(
          [
            '这些文件的文件名相同，会发布到同一个网址，请给其中一篇改名：',
            ...duplicates.map((group) => `  ${group.join(' 和 ')} → ${route}${slugFromPath(group[0] ?? '')}/`),
          ].join('\n'),
        );
      }
      return inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf8');
          const data = readFrontmatterKeepingDatesAsText(source);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
