import { describe, expect, it } from 'vitest';
import { listBuiltPages } from './lib/built-site';
import { documentOf } from './lib/html';
import { inlineCodeSources } from '../../src/lib/page-policy-hashes';

const hashSources = (policy: string) => policy.match(/'sha(?:256|384|512)-[^']+'/g) ?? [];

const policyOf = (page: { html: string }) =>
  documentOf(page)
    .querySelector('meta[http-equiv="content-security-policy"]')
    ?.getAttribute('content') ?? '';

describe('the policy each built page sends', () => {
  const pages = listBuiltPages();

  it('is on every page, strict, and never allows inline or evaluated scripts', () => {
    const weak = pages
      .filter((page) => {
        const policy = policyOf(page);
        return !(
          policy.includes("default-src 'none'") &&
          /script-src 'self' 'wasm-unsafe-eval'/.test(policy) &&
          !policy.includes("'unsafe-inline'") &&
          !/script-src[^;]*'unsafe-eval'/.test(policy)
        );
      })
      .map((page) => page.path);
    expect(pages.length).toBeGreaterThan(200);
    expect(weak).toEqual([]);
  });

  it('allows no hash but those of the inline code the page itself holds', () => {
    const foreign = pages.flatMap((page) => {
      const policy = policyOf(page);
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
