import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../src/lib/search/pagefind-api';
import {
  answerFirst,
  bestSection,
  searchWithFallback,
  shortAnswer,
} from '../../src/lib/search/search-policy';

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

describe('searching the known words beside the whole query', () => {
  it('merges both, pages with every word first, and asks no fallback', async () => {
    const { search, asked } = fakeSearch({
      '网贷 还能出国': [hit('going-abroad', 3)],
      网贷: [hit('going-abroad', 1), hit('who-lent-you', 2)],
    });
    const outcome = await searchWithFallback(search, {
      primary: '网贷 还能出国',
      broad: '网贷',
      fallbacks: ['网贷', '还能出国'],
    });
    expect(outcome.results.map((result) => result.id)).toEqual(['going-abroad', 'who-lent-you']);
    expect(outcome.partial).toBe(false);
    expect(asked).toEqual(['网贷 还能出国', '网贷']);
  });
});

describe('searching a product name', () => {
  it('keeps the product search’s best hits at the top, whatever else scored higher', async () => {
    const { search } = fakeSearch({
      '金条 逾期': [],
      逾期: [hit('consequences', 9), hit('law', 8)],
      金条: [hit('jintiao', 1), hit('baitiao', 0.5), hit('law', 3)],
    });
    const outcome = await searchWithFallback(search, {
      primary: '金条 逾期',
      topic: '逾期',
      product: '金条',
      fallbacks: [],
    });
    expect(outcome.results.map((result) => result.id).slice(0, 3)).toEqual([
      'jintiao',
      'baitiao',
      'law',
    ]);
  });
});

describe('a question’s short answer first', () => {
  const page = (id: string, title: string, answer?: string) => ({
    id,
    title,
    data: { meta: answer ? { answer } : {} },
  });
  const terms = ['逾期', '多久', '起诉'];
  const ids = (results: readonly { id: string }[]) => results.map((result) => result.id);

  it('lifts the best-ranked question within reach to the top, keeping the rest in order', () => {
    const ranked = [
      page('consequences', '逾期以后会怎样'),
      page('sued', '被起诉怎么办'),
      page('how-long', '网贷逾期多久会被起诉？', '法律没有规定天数。'),
    ];
    const { results, lead } = answerFirst(ranked, terms);
    expect(results.map((result) => result.id)).toEqual(['how-long', 'consequences', 'sued']);
    expect(lead?.id).toBe('how-long');
  });

  it('puts the best long page second, however far down short questions pushed it', () => {
    const ranked = [
      page('q1', '欠几千块会被起诉吗？', '会。'),
      page('q2', '网贷逾期多久会被起诉？', '没有天数。'),
      page('q3', '被起诉以后还能协商吗？', '能。'),
      page('sued', '被起诉或收到法院短信怎么办'),
    ];
    expect(answerFirst(ranked, ['欠款', '起诉']).results.map((result) => result.id)).toEqual([
      'q1',
      'sued',
      'q2',
      'q3',
    ]);
  });

  it('leaves the order alone when no question is within reach', () => {
    const ranked = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => page(id, id)),
      page('q', '逾期？', '短答。'),
    ];
    const { results, lead } = answerFirst(ranked, terms);
    expect(results.map((result) => result.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'q']);
    expect(lead).toBeUndefined();
  });

  it('reads a single word as a topic: its guide first, no answer lifted', () => {
    const ranked = [
      page('q1', '催收让我转到个人账户，能转吗？', '不要转。'),
      page('q2', '暴力催收怎么投诉？', '先找平台。'),
      page('abusive', '遭遇暴力催收怎么办'),
    ];
    const { results, lead } = answerFirst(ranked, ['催收']);
    expect(ids(results)).toEqual(['abusive', 'q1', 'q2']);
    expect(lead).toBeUndefined();
  });

  it('does not lift a question whose title shares none of the reader’s words', () => {
    const ranked = [
      page('letter', '协商信怎么写'),
      page('court', '收到传票不去开庭会怎样？', '会缺席判决。'),
    ];
    expect(answerFirst(ranked, ['协商信', '平台', '放款方']).lead).toBeUndefined();
  });

  it('puts the product page the reader named first, then the answer, then the guide', () => {
    const jiebei = {
      id: 'jiebei',
      title: '借呗逾期了：钱是谁借的',
      data: { meta: { names: '借呗、蚂蚁借呗' } },
    };
    const ranked = [
      page('sued', '被起诉或收到法院短信怎么办'),
      page('how-long', '网贷逾期多久会被起诉？', '没有天数。'),
      jiebei,
    ];
    expect(ids(answerFirst(ranked, ['蚂蚁借呗', '逾期', '起诉']).results)).toEqual([
      'jiebei',
      'how-long',
      'sued',
    ]);
    expect(ids(answerFirst(ranked, ['借呗']).results)[0]).toBe('jiebei');
  });

  it('prefers the question whose title is most made of the reader’s words', () => {
    const ranked = [
      page('after', '协商成功以后，逾期记录会消除吗？还会被起诉吗？', '不会。'),
      page('how-long', '网贷逾期多久会被起诉？', '没有天数。'),
    ];
    expect(answerFirst(ranked, ['逾期', '会被', '起诉']).lead?.id).toBe('how-long');
    // A known word ending in a particle still matches a title that asks it with ？.
    expect(answerFirst(ranked, ['借呗', '逾期', '会被起诉吗']).lead?.id).toBe('how-long');
  });

  it('takes the higher of two questions and treats a blank answer as none', () => {
    const ranked = [
      page('blank', '逾期', '  '),
      page('q1', '逾期一？', '一。'),
      page('q2', '逾期二？', '二。'),
    ];
    expect(answerFirst(ranked, terms).lead?.id).toBe('q1');
    expect(shortAnswer(ranked[0]!)).toBeUndefined();
  });
});
