import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLawFiles } from '../../src/lib/laws/law-files';

const { laws, problems } = readLawFiles(resolve(import.meta.dirname, '../../content/laws'));

describe('content/laws', () => {
  it('every entry passes the schema', () => {
    expect(problems).toEqual([]);
    expect(laws.length).toBeGreaterThan(0);
  });

  it('a superseded version points at an entry that exists and is in force', () => {
    const byId = new Map(laws.map((law) => [law.id, law.data]));
    for (const law of laws.filter((entry) => entry.data.supersededBy !== undefined)) {
      expect(byId.get(law.data.supersededBy ?? '')?.status, law.id).toBe('现行有效');
    }
  });

  it('no article text still carries its own 第…条 label or a stray heading', () => {
    for (const law of laws) {
      for (const [number, text] of Object.entries(law.data.articles)) {
        expect(text, `${law.id} 第${number}条`).not.toMatch(/^第[一二三四五六七八九十百千零]+条/);
        expect(text, `${law.id} 第${number}条`).not.toMatch(/^#|\n#/);
      }
    }
  });
});
