/**
 * The search index in dist/ covers what readers can search, once: every page
 * marked searchable is in exactly one shard, and the pages readers cannot
 * search (law texts, lists, tools) are in none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardManifestName } from '../../src/lib/search/pagefind-shards';
import { searchableText } from '../../src/lib/search/shard-vocabulary';
import { distDir, listBuiltPages } from './lib/built-site';

const bundle = join(distDir, 'pagefind');
const shards = JSON.parse(readFileSync(join(bundle, shardManifestName), 'utf8')) as string[];
const pageCount = (directory: string) => {
  const entry = JSON.parse(readFileSync(join(directory, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

describe('the search index', () => {
  const built = listBuiltPages();
  const searchable = built.filter((page) => searchableText(page.html) !== undefined);

  it('holds every searchable page once, and nothing else', () => {
    expect(searchable.length).toBeGreaterThan(100);
    // With several shards, each also holds one vocabulary record (src/lib/search/pagefind-shards.ts).
    const records = shards.length === 0 ? 0 : shards.length + 1;
    const indexed = [bundle, ...shards.map((shard) => join(bundle, shard))].reduce(
      (sum, directory) => sum + pageCount(directory),
      0,
    );
    expect(indexed).toBe(searchable.length + records);
  });

  it('leaves law texts, tools and lists out of the search', () => {
    const paths = new Set(searchable.map((page) => page.path));
    const lawPages = built.filter((page) => page.path.startsWith('/laws/'));
    expect(lawPages.length).toBeGreaterThan(30);
    for (const { path } of [...lawPages, ...built.filter((page) => page.path.startsWith('/tools/'))]) {
      expect(paths.has(path), path).toBe(false);
    }
    for (const path of ['/categories/legal/', '/search/']) {
      expect(built.some((page) => page.path === path), path).toBe(true);
      expect(paths.has(path), path).toBe(false);
    }
  });

  it('ships Pagefind’s script and WebAssembly once, not in every shard', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    for (const shard of shards) {
      expect(existsSync(join(bundle, shard, 'pagefind.js')), shard).toBe(false);
    }
  });
});
