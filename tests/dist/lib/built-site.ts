/**
 * Reading the built site in dist/ the way a static host serves it: `/about/`
 * is `about/index.html`, `/rss.xml` is `rss.xml`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const distDir = resolve(import.meta.dirname, '../../../dist');

export interface BuiltPage {
  /** The URL path a reader visits, e.g. `/articles/first-steps/`. */
  path: string;
  file: string;
  html: string;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = join(directory, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function urlPathOf(file: string, root = distDir): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page except Pagefind's own files. */
export function listBuiltPages(root = distDir): BuiltPage[] {
  if (!existsSync(root)) throw new Error(`${root} 不存在：先运行 npm run build`);
  return walk(root)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file) => ({ path: urlPathOf(file, root), file, html: readFileSync(file, 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether a decoded URL path is served by a file in dist/. */
export function servesPath(path: string, root = distDir): boolean {
  const target = join(root, path);
  if (!target.startsWith(root)) return false;
  if (path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}
