import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cloneSlug, writeRealCorpus } from '../bench/real-articles';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'real-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the benchmark corpus', () => {
  it('keeps the whole site and adds clones of its own articles, each with its own slug and title', () => {
    const target = join(work, 'content');
    const templates = writeRealCorpus(join(root, 'content'), target, 30);
    const originals = readdirSync(join(root, 'content/articles')).filter((name) =>
      name.endsWith('.md'),
    );
    expect(templates).toBe(originals.length);
    expect(readdirSync(join(target, 'questions')).length).toBeGreaterThan(50);
    const clones = readdirSync(join(target, 'articles/bench-clones'));
    expect(clones).toHaveLength(30);
    expect(clones[0]).toBe(`${cloneSlug(0)}.md`);
    const titles = clones.map(
      (name) =>
        /^title: (.*)$/m.exec(
          readFileSync(join(target, 'articles/bench-clones', name), 'utf8'),
        )?.[1],
    );
    expect(new Set(titles).size).toBe(30);
    // A clone is its template, title aside: real length, real headings, real citations.
    const first = readFileSync(join(root, 'content/articles', originals.sort()[0] ?? ''), 'utf8');
    const clone = readFileSync(join(target, 'articles/bench-clones', clones[0] ?? ''), 'utf8');
    expect(clone.replace(/^title: .*$/m, '')).toBe(first.replace(/^title: .*$/m, ''));
  });
});
