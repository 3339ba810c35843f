import { describe, expect, it } from 'vitest';
import { maxPagesPerShard, planShards } from '../../src/lib/search/shard-plan';

const pages = (count: number) => Array.from({ length: count }, (_, index) => `page-${index}`);

describe('planShards', () => {
  it('keeps a site that fits in one shard in one shard, in order', () => {
    expect(planShards(pages(129))).toEqual([pages(129)]);
    expect(planShards(pages(maxPagesPerShard))).toHaveLength(1);
  });

  it('uses as few shards as the limit allows, none over it and none a small leftover', () => {
    const shards = planShards(pages(10_129), 1200);
    expect(shards).toHaveLength(9);
    const sizes = shards.map((shard) => shard.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1200);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(planShards(pages(1201), 1200).map((shard) => shard.length)).toEqual([601, 600]);
  });

  it('puts every page in exactly one shard', () => {
    const all = pages(1000);
    const shards = planShards(all, 300);
    expect(shards.flat().sort()).toEqual([...all].sort());
  });

  it('deals pages out in turn, so each shard samples every part of the site', () => {
    // Sorted paths put articles, questions and products in runs; each shard gets some of each.
    const site = [
      ...pages(6).map((p) => `articles/${p}`),
      ...pages(6).map((p) => `questions/${p}`),
    ];
    for (const shard of planShards(site, 4)) {
      expect(shard.filter((page) => page.startsWith('articles/'))).toHaveLength(2);
      expect(shard.filter((page) => page.startsWith('questions/'))).toHaveLength(2);
    }
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => planShards(pages(3), 0)).toThrow(RangeError);
    expect(() => planShards(pages(3), 1.5)).toThrow(RangeError);
  });
});
