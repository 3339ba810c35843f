import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/** The article's URL slug: its file name, whatever folder an author files it in. */
export function slugFromPath(entry: string): string {
  return basename(entry).replace(/\.mdx?$/, '');
}

/**
 * Reads a file's frontmatter with YAML's core schema, which has no timestamp
 * type. Astro's default schema turns `2024-13-45` into 2025-02-14 before any
 * validation can see it; keeping dates as text lets the article schema reject
 * a date that does not exist.
 */
export function readFrontmatterKeepingDatesAsText(source: string): Record<string, unknown> {
  const raw = frontmatterPattern.exec(source)?.[1];
  if (raw === undefined) return {};
  const parsed = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** Groups of files that would publish under the same URL, e.g. `a/x.md` and `b/x.mdx`. */
export function findDuplicateSlugs(files: readonly string[]): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = slugFromPath(file);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  return [...bySlug.values()].filter((group) => group.length > 1);
}

async function listArticleFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true }).catch(() => []);
  return entries.filter((entry) => /\.mdx?$/.test(entry)).map((entry) => join(directory, entry));
}

/**
 * Astro's glob loader with three changes: every article's slug is its file name
 * (so `a/x.md` and `b/x.md` collide and fail the build instead of one hiding
 * the other), duplicates are found before loading (Astro's own check can miss
 * two files loaded at the same moment), and frontmatter dates reach the schema
 * as the text the author wrote.
 */
export function articleLoader(base: string): Loader {
  const inner = glob({
    pattern: '**/*.{md,mdx}',
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
            '这些文章的文件名相同，会发布到同一个网址，请给其中一篇改名：',
            ...duplicates.map((group) => `  ${group.join(' 和 ')} → /articles/${slugFromPath(group[0] ?? '')}/`),
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
