import { describe, expect, it } from 'vitest';
import { licencesOf, sortPlatforms, weakestStatus } from '../../src/lib/platforms';

describe('platforms', () => {
  it('lists products by name in pinyin order, not by any ranking', () => {
    const sorted = sortPlatforms([
      { id: 'weilidai', name: '微粒贷', lenders: [] },
      { id: 'jiebei', name: '借呗', lenders: [] },
      { id: 'anyihua', name: '安逸花', lenders: [] },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['anyihua', 'jiebei', 'weilidai']);
  });

  it('names each licence kind among the lenders once', () => {
    expect(
      licencesOf({
        lenders: [
          { name: '甲银行', licence: 'bank' },
          { name: '乙消费金融', licence: 'consumer-finance' },
          { name: '丙银行', licence: 'bank' },
        ],
      }),
    ).toEqual(['bank', 'consumer-finance']);
  });

  it('reports the weakest backing among the facts', () => {
    expect(weakestStatus(['confirmed', 'confirmed'])).toBe('confirmed');
    expect(weakestStatus(['confirmed', 'reported'])).toBe('reported');
    expect(weakestStatus(['reported', 'unconfirmed', 'confirmed'])).toBe('unconfirmed');
  });
});
