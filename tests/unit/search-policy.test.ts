import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../src/lib/search/pagefind-api';
import { bestSection, searchWithFallback } from '../../src/lib/search/search-policy';

const hit = (id: string, score: number): PagefindResult => ({
  id,
  score,
  data: () => Promise.reject(new Error('not loaded in this test')),
});

/** A stand-in for Pagefind: each term answers with its fixed hits, and every call is recorded. */
function fakeSearch(answers: Record<string, PagefindResult[] | null>) {
  const asked: string[] = [];
  const search = (term: string) => {
    asked.push(term);
    const results = answers[term];
    return Promise.resolve(results === null ? null : { results: results ?? [] });
  };
  return { search, asked };
}

describe('searching with a fallback', () => {
  it('keeps the whole query’s results and asks nothing more when it finds something', async () => {
    const { search, asked } = fakeSearch({ 收到支付令: [hit('a', 1)] });
    const outcome = await searchWithFallback(search, {
      primary: '收到支付令',
      fallbacks: ['支付令'],
    });
    expect(outcome.results.map((result) => result.id)).toEqual(['a']);
    expect(outcome.partial).toBe(false);
    expect(asked).toEqual(['收到支付令']);
  });

  it('merges the single words when the whole query finds nothing, best shared pages first', async () => {
    const { search } = fakeSearch({
      换了一家公司打电话催收: [],
      公司: [hit('debt-sold', 2), hit('legal-aid', 1)],
      催收: [hit('debt-sold', 3), hit('abusive', 4)],
    });
    const outcome = await searchWithFallback(search, {
      primary: '换了一家公司打电话催收',
      fallbacks: ['公司', '催收'],
    });
    expect(outcome.partial).toBe(true);
    expect(outcome.results.map((result) => [result.id, result.score])).toEqual([
      ['debt-sold', 5],
      ['abusive', 4],
      ['legal-aid', 1],
    ]);
  });

  it('says nothing was found, not a partial match, when the words find nothing either', async () => {
    const { search } = fakeSearch({ 甲乙: [], 甲: null, 乙: [] });
    expect(await searchWithFallback(search, { primary: '甲乙', fallbacks: ['甲', '乙'] })).toEqual({
      results: [],
      partial: false,
    });
  });
});

describe('the section a result links to', () => {
  const sub = (title: string, url: string, matches: number) => ({
    title,
    url,
    excerpt: '',
    locations: Array.from({ length: matches }, (_, index) => index),
  });

  it('is the heading with most matches, never the page top or 下一步', () => {
    const section = bestSection({
      sub_results: [
        sub('页面', '/articles/x/', 9),
        sub('下一步', '/articles/x/#下一步', 8),
        sub('支付令要在15日内回应', '/articles/x/#支付令', 3),
        sub('按时到庭', '/articles/x/#按时到庭', 1),
      ],
    });
    expect(section?.title).toBe('支付令要在15日内回应');
  });

  it('is absent when only the page top matched', () => {
    expect(bestSection({ sub_results: [sub('页面', '/articles/x/', 2)] })).toBeUndefined();
  });
});
