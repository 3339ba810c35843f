import { describe, expect, it } from 'vitest';
import { groupCitations, indexCitingPages } from '../../src/lib/laws/law-citations';

describe('groupCitations', () => {
  it('lists each document once, in order of first mention, its articles in statute order', () => {
    expect(
      groupCitations([
        { lawId: 'minfadian', article: '1033' },
        { lawId: 'xingfa', article: '293之一' },
        { lawId: 'minfadian', article: '670' },
        { lawId: 'minfadian', article: '1033' },
        { lawId: 'xingfa', article: '238' },
      ]),
    ).toEqual([
      { lawId: 'minfadian', articles: ['670', '1033'] },
      { lawId: 'xingfa', articles: ['238', '293之一'] },
    ]);
  });
});

describe('indexCitingPages', () => {
  it('lists every page citing an article once, in the order pages were given', () => {
    const first = { href: '/articles/a/', title: 'A' };
    const second = { href: '/articles/b/', title: 'B' };
    const index = indexCitingPages([
      {
        page: first,
        citations: [
          { lawId: 'minfadian', article: '1033' },
          { lawId: 'minfadian', article: '1033' },
        ],
      },
      { page: second, citations: [{ lawId: 'minfadian', article: '1033' }] },
    ]);
    expect(index.get('minfadian#1033')).toEqual([first, second]);
    expect(index.get('minfadian#670')).toBeUndefined();
  });
});
