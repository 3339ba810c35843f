/**
 * Which files are articles, and what their slugs are: the one discovery that
 * the content loader, the editorial test and `npm run new` share. An article
 * is any .md or .mdx file below content/articles/, in any subfolder; its slug
 * is its file name.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';

/** The loader's glob; `articleFileExtension` is the same rule for a directory listing. */
export const articleFilePattern = '**/*.{md,mdx}';
const articleFileExtension = /\.mdx?$/;

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

/** Every article file below `directory`, in any subfolder: the same set the loader's pattern matches. */
export async function listArticleFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true }).catch(() => []);
  return entries
    .filter((entry) => articleFileExtension.test(entry))
    .sort()
    .map((entry) => join(directory, entry));
}

export interface ArticleFile {
  filePath: string;
  slug: string;
  /** Frontmatter as written, dates still text; parse it with the article schema. */
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Every article file read from disk, for tools and tests that run outside Astro. */
export async function readArticleFiles(directory: string): Promise<ArticleFile[]> {
  const files = await listArticleFiles(directory);
  return Promise.all(
    files.map(async (filePath) => {
      const source = await readFile(filePath, 'utf8');
      return {
        filePath,
        slug: slugFromPath(filePath),
        frontmatter: readFrontmatterKeepingDatesAsText(source),
        body: source.replace(frontmatterPattern, '').replace(/^\r?\n/, ''),
      };
    }),
  );
}

