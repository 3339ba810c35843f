import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  categorySchema,
  glossaryTermSchema,
  platformSchema,
} from '../../src/lib/content/schemas';

const valid = {
  title: '逾期了先别慌',
  description: '刚逾期的头一天最该做什么，先别做什么。',
  category: 'calm',
  published: '2025-03-01',
};

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articleSchema', () => {
  it('fills defaults and turns dates into UTC days', () => {
    const data = articleSchema.parse(valid);
    expect(data.published.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(data.updated).toEqual(data.published);
    expect(data).toMatchObject({ tags: [], keywords: [], sources: [], order: 100, draft: false });
  });

  it('names a missing title', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(messages(articleSchema.safeParse(withoutTitle))).toEqual(['title: 必须填写']);
  });

  it('refuses a date that does not exist, quoting it', () => {
    const result = articleSchema.safeParse({ ...valid, updated: '2024-13-45' });
    expect(messages(result)).toEqual([
      'updated: “2024-13-45”不是真实存在的日期，请写成 YYYY-MM-DD，例如 2025-03-01',
    ]);
  });

  it('refuses an update before publication', () => {
    const result = articleSchema.safeParse({ ...valid, updated: '2025-01-01' });
    expect(messages(result)).toEqual(['updated: updated 不能早于 published']);
  });

  it('refuses unknown fields, so a typo cannot pass silently', () => {
    const result = articleSchema.safeParse({ ...valid, titel: '错字' });
    expect(messages(result).join()).toContain('titel');
  });

  it('checks sources: a real URL and an issuer', () => {
    const result = articleSchema.safeParse({
      ...valid,
      sources: [{ title: '《民法典》第670条', issuer: '全国人民代表大会', url: 'flk.npc.gov.cn' }],
    });
    expect(messages(result)).toEqual(['sources.0.url: 必须是 http(s):// 开头的完整网址']);
  });

  it('refuses a home page as a source unless the source is that site', () => {
    const source = { title: '某部委的通知', issuer: '国家金融监督管理总局' };
    const homePage = { ...source, url: 'https://www.nfra.gov.cn/' };
    expect(messages(articleSchema.safeParse({ ...valid, sources: [homePage] }))).toEqual([
      expect.stringMatching(/^sources\.0\.url: “https:\/\/www\.nfra\.gov\.cn\/”是网站首页/),
    ]);
    expect(
      articleSchema.safeParse({ ...valid, sources: [{ ...homePage, siteItself: true }] }).success,
    ).toBe(true);
    const document = {
      ...source,
      url: 'https://www.nfra.gov.cn/cn/view/pages/ItemDetail.html?docId=1',
    };
    expect(articleSchema.safeParse({ ...valid, sources: [document] }).success).toBe(true);
  });

  it('reads a number among the keywords as the word it is', () => {
    expect(articleSchema.parse({ ...valid, keywords: [12378, '投诉'] }).keywords).toEqual([
      '12378',
      '投诉',
    ]);
  });

  it('says a title must be text, not a number', () => {
    expect(messages(articleSchema.safeParse({ ...valid, title: 2024 }))).toEqual([
      'title: 要写成文字，例如“催收”',
    ]);
  });

  it('refuses duplicate tags', () => {
    expect(messages(articleSchema.safeParse({ ...valid, tags: ['催收', '催收'] }))).toEqual([
      'tags: 有重复的词',
    ]);
  });
});

describe('categorySchema', () => {
  it('needs an integer order', () => {
    const result = categorySchema.safeParse({
      title: '冷静应对',
      description: '刚逾期的时候先读这里。',
      order: 1.5,
    });
    expect(messages(result)).toEqual(['order: 必须是整数']);
  });
});

describe('glossaryTermSchema', () => {
  it('accepts a term with defaults', () => {
    const term = glossaryTermSchema.parse({
      term: '征信',
      definition: '记录个人借贷和还款情况的信用信息。',
    });
    expect(term).toMatchObject({ aliases: [], sources: [], articles: [] });
  });
});

describe('platformSchema', () => {
  const source = (kind: string, url = 'https://example.org/agreement.html') => ({
    title: '借款合同',
    issuer: '某平台',
    url,
    kind,
    accessed: '2026-12-03',
  });
  const unknown = { value: '本站没能确认。', status: 'unconfirmed' };
  const platform = (changes: Record<string, unknown> = {}) => ({
    name: '某借',
    kind: '个人消费信贷',
    operator: { value: '某公司运营。', status: 'confirmed', sources: [source('platform')] },
    lenders: [
      {
        name: '某消费金融公司',
        licence: 'consumer-finance',
        status: 'reported',
        sources: [source('news')],
      },
    ],
    creditReporting: unknown,
    serviceRoutes: unknown,
    hardship: unknown,
    checked: '2026-12-03',
    ...changes,
  });

  it('accepts facts backed as their status says', () => {
    expect(messages(platformSchema.safeParse(platform()))).toEqual([]);
  });

  it('refuses a confirmed fact with no source, or only a news report, naming the field', () => {
    const bare = platform({ operator: { value: '某公司运营。', status: 'confirmed' } });
    expect(messages(platformSchema.safeParse(bare))).toEqual([
      expect.stringMatching(/^operator\.sources: confirmed 要有平台、出借方或监管部门的文件作出处/),
    ]);
    const newsOnly = platform({
      creditReporting: { value: '会报送。', status: 'confirmed', sources: [source('news')] },
    });
    expect(messages(platformSchema.safeParse(newsOnly))[0]).toMatch(/^creditReporting\.sources: /);
  });

  it('refuses a reported lender with no source and an unconfirmed fact that cites one', () => {
    const lender = platform({
      lenders: [{ name: '某银行股份有限公司', licence: 'bank', status: 'reported' }],
    });
    expect(messages(platformSchema.safeParse(lender))[0]).toMatch(/^lenders\.0\.sources: /);
    const cited = platform({ hardship: { ...unknown, sources: [source('platform')] } });
    expect(messages(platformSchema.safeParse(cited))[0]).toMatch(/^hardship\.sources: /);
  });

  it('refuses a home page as a source', () => {
    const home = platform({
      operator: {
        value: '某公司运营。',
        status: 'confirmed',
        sources: [source('platform', 'https://example.org/')],
      },
    });
    expect(messages(platformSchema.safeParse(home))).toEqual([
      'operator.sources.0.url: 这是网站首页：请链接到写明这件事的文件本身',
    ]);
  });
});
