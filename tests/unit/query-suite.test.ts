import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/lib/content/article-files';
import { readQueryFile, readQuerySuite } from '../search/query-suite';

describe('the search quality suite', () => {
  it('expects only articles, questions, products and help pages that exist', async () => {
    const helpPages = readdirSync(new URL('../../src/pages/help/', import.meta.url))
      .filter((name) => name.endsWith('.astro'))
      .map((name) => `help/${name.replace(/\.astro$/, '')}`);
    const slugs = new Set([
      ...(await readArticleFiles(new URL('../../content/articles/', import.meta.url).pathname)).map(
        (file) => file.slug,
      ),
      ...helpPages,
      ...(
        await readArticleFiles(new URL('../../content/questions/', import.meta.url).pathname)
      ).map((file) => `questions/${file.slug}`),
      ...readdirSync(new URL('../../content/platforms/', import.meta.url))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => `platforms/${name.replace(/\.yaml$/, '')}`),
    ]);
    const unknown = readQuerySuite().flatMap((entry) =>
      entry.expect.filter((slug) => !slugs.has(slug)).map((slug) => `${entry.query} → ${slug}`),
    );
    expect(unknown).toEqual([]);
  });

  it('refuses a case with nothing to expect, naming where', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'queries-')), 'queries.json');
    writeFileSync(
      file,
      JSON.stringify([
        { query: '催收', expect: ['abusive-collection'] },
        { query: '征信', expect: [] },
      ]),
    );
    expect(() => readQueryFile(new URL(`file://${file}`))).toThrow(/queries\.json.*1.*expect/s);
  });

  it('refuses the same query in two files, so a batch cannot shadow another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'queries-'));
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify([{ query: '催收', expect: ['abusive-collection'] }]),
    );
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify([{ query: '催收', expect: ['contacts-harassed'] }]),
    );
    expect(() => readQuerySuite(new URL(`file://${dir}/`))).toThrow(/重复.*催收/);
  });
});
