import { describe, expect, it } from 'vitest';
import { mergeHits, phraseBoost, rerank } from '../../src/lib/search/rank';

describe('mergeHits', () => {
  it('adds up scores and keeps each page once', () => {
    expect(
      mergeHits([
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 3 },
        ],
        [{ id: 'a', score: 2.5 }],
      ]),
    ).toEqual([
      { id: 'a', score: 3.5 },
      { id: 'b', score: 3 },
    ]);
  });
});

describe('rerank', () => {
  const scattered = { id: 'scattered', score: 2, title: '起步阶段', content: '起初……投诉渠道' };
  const court = {
    id: 'court',
    score: 1,
    title: '被起诉或收到法院短信怎么办',
    content: '收到起诉状副本后',
  };

  it('lifts the page that has the word whole above one that has its characters apart', () => {
    expect(rerank([scattered, court], ['起诉']).map((hit) => hit.id)).toEqual([
      'court',
      'scattered',
    ]);
  });

  it('leaves single characters and unmatched words alone', () => {
    expect(phraseBoost(scattered, ['起'])).toBe(1);
    expect(phraseBoost(scattered, ['征信'])).toBe(1);
  });

  it('keeps Pagefind order between equals', () => {
    const a = { ...court, id: 'a' };
    const b = { ...court, id: 'b' };
    expect(rerank([a, b], ['起诉']).map((hit) => hit.id)).toEqual(['a', 'b']);
  });
});
