/**
 * Real-length pages for the scale benchmark: a copy of the site's whole
 * content tree, plus N clones of its own articles taken in turn, each with its
 * own slug and title. Every clone keeps its template's length, headings,
 * citations, fact tokens and links, so the build and the index see the mix of
 * shapes readers see, not one synthetic shape.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The clones' folder; an article's slug is its file name, whatever folder it is in. */
const cloneFolder = 'bench-clones';

export const cloneSlug = (index: number) => `bench-${String(index + 1).padStart(5, '0')}`;

/**
 * Copies `contentRoot` to `target` and adds `count` clones of its articles.
 * Returns the number of template articles the clones cycle through.
 */
export function writeRealCorpus(contentRoot: string, target: string, count: number): number {
  cpSync(contentRoot, target, { recursive: true });
  const articlesDir = join(target, 'articles');
  const templates = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(articlesDir, name), 'utf8'));
  if (templates.length === 0) throw new Error(`${articlesDir} 里没有文章可以复制`);
  mkdirSync(join(articlesDir, cloneFolder), { recursive: true });
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length] ?? '';
    // A distinct title keeps titles unique, as the site requires, and the text the same length.
    const source = template.replace(/^title: (.*)$/m, `title: $1（${index + 1}）`);
    writeFileSync(join(articlesDir, cloneFolder, `${cloneSlug(index)}.md`), source);
  }
  return templates.length;
}
