import { describe, expect, it } from 'vitest';
import { listBuiltPages } from './lib/built-site';
import { inlineCodeSources } from '../../src/lib/page-policy-hashes';

const hashSources = (policy: string) => policy.match(/'sha(?:256|384|512)-[^']+'/g) ?? [];

describe('the policy each built page sends', () => {
  const pages = listBuiltPages();

  it('allows no hash but those of the inline code the page itself holds', () => {
    const foreign = pages.flatMap((page) => {
      const policy =
        /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
      const own = inlineCodeSources(page.html);
      return hashSources(policy)
        .filter((source) => !own.has(source))
        .map((source) => `${page.path}: ${source}`);
    });
    expect(foreign).toEqual([]);
  });

  it('still closes scripts to everything but this site on the article pages', () => {
    const article = pages.find((page) => page.path.startsWith('/articles/'));
    expect(article?.html).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });
});
