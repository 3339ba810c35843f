import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLawFiles } from '../../src/lib/laws/law-files';
import { lawSchema } from '../../src/lib/laws/law-schema';

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

describe('the law schema', () => {
  const entry = readLawFiles(resolve(import.meta.dirname, '../../content/laws')).laws.find(
    (law) => law.id === 'danbao-fa',
  );
  // The YAML as an author writes it: dates as text.
  const raw = () => ({
    title: '中华人民共和国担保法',
    short: '担保法',
    kind: '法律',
    issuer: '全国人民代表大会常务委员会',
    version: '1995年通过',
    adopted: '1995-06-30',
    effective: '1995-10-01',
    status: '已废止',
    supersededBy: 'minfadian',
    endedOn: '2021-01-01',
    stillGoverns: {
      cases: '2021年1月1日以前订立的保证合同引起的纠纷',
      scopeWords: ['2021年1月1日以前'],
      basis: '《民法典时间效力规定》第1条',
    },
    textSource: { title: '某法规库', url: 'https://example.org/a', retrieved: '2026-12-03' },
    verification: '逐字取自某法规库的文本。',
    articles: { '19': '当事人对保证方式没有约定或者约定不明确的，按照连带责任保证承担保证责任。' },
  });
  const messages = (data: unknown) =>
    lawSchema
      .safeParse(data)
      .error?.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`) ?? [];

  it('takes a repealed text that still governs older cases, with its end date', () => {
    expect(entry?.data.stillGoverns?.scopeWords).toContain('2021年1月1日以前');
    expect(messages(raw())).toEqual([]);
  });

  it('refuses stillGoverns on a law in force, and without the day it ended', () => {
    expect(messages({ ...raw(), status: '现行有效' })).toContain(
      'stillGoverns：stillGoverns 只用于不再有效的版本：现行有效的法规本来就可以引用',
    );
    const { endedOn: _ended, ...withoutEnd } = raw();
    expect(messages(withoutEnd)).toContain(
      'endedOn：仍适用于旧案件的版本要写 endedOn：从哪一天起不再适用于新的案件',
    );
  });
});
