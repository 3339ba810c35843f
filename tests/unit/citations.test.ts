import { describe, expect, it } from 'vitest';
import {
  articleAnchor,
  buildLawIndex,
  compareArticles,
  parseChineseNumber,
  parseCitationBlock,
  type CitableLaw,
} from '../../src/lib/laws/citations';

const law = (overrides: Partial<CitableLaw> & Pick<CitableLaw, 'id' | 'short'>): CitableLaw => ({
  title: `中华人民共和国${overrides.short}`,
  aliases: [],
  version: '2020年通过',
  status: '现行有效',
  articles: new Set(),
  ...overrides,
});

const index = buildLawIndex([
  law({ id: 'minfadian', short: '民法典', articles: new Set(['1032', '1033', '1034', '670']) }),
  law({
    id: 'minshi-susong-fa',
    short: '民事诉讼法',
    aliases: ['民诉法'],
    version: '2023年修正',
    articles: new Set(['103', '104', '225', '226', '227', '228']),
  }),
  law({ id: 'xingfa', short: '刑法', articles: new Set(['238', '293之一']) }),
  law({
    id: 'zhian-2012',
    short: '治安管理处罚法',
    version: '2012年修正',
    status: '已修改',
    articles: new Set(['42']),
  }),
  law({ id: 'zhian', short: '治安管理处罚法', version: '2025年修订', articles: new Set(['50']) }),
  law({
    id: 'danbao-fa',
    short: '担保法',
    version: '1995年通过',
    status: '已废止',
    articles: new Set(['19', '26']),
    stillGoverns: {
      cases: '2021年1月1日以前订立的保证合同引起的纠纷',
      scopeWords: ['2021年1月1日以前', '民法典施行前'],
    },
  }),
]);

const parse = (text: string) => parseCitationBlock([{ text, linkable: true }], index);
const linked = (text: string) =>
  parse(text)
    .segments.flat()
    .filter((segment) => segment.citation)
    .map((segment) => `${segment.text}→${segment.citation?.lawId}#${segment.citation?.article}`);

describe('parseCitationBlock', () => {
  it('links an article to the document named before it, and later bare numbers to the same document', () => {
    const text = '不得骚扰（《民法典》第1033条）。电话号码属于个人信息（第1034条）。';
    expect(linked(text)).toEqual(['第1033条→minfadian#1033', '第1034条→minfadian#1034']);
    expect(parse(text).problems).toEqual([]);
    // Splitting into segments never loses or changes a character.
    expect(
      parse(text)
        .segments[0]?.map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('switches document when another is named, and reads bare short names followed by 第', () => {
    expect(
      linked('见《民法典》第670条；刑法第293条之一另有规定，民诉法第103、104条规定了保全。'),
    ).toEqual([
      '第670条→minfadian#670',
      '第293条之一→xingfa#293之一',
      '第103→minshi-susong-fa#103',
      '104条→minshi-susong-fa#104',
    ]);
  });

  it('cites every article of a range and links both ends', () => {
    const result = parse('《民事诉讼法》第225条至第227条');
    expect(result.citations.map((c) => c.article)).toEqual(['225', '226', '227']);
    expect(linked('《民事诉讼法》第225条至第227条')).toEqual([
      '第225条至→minshi-susong-fa#225',
      '第227条→minshi-susong-fa#227',
    ]);
  });

  it('uses the version in force unless the citation names another', () => {
    expect(linked('《治安管理处罚法》第50条')).toEqual(['第50条→zhian#50']);
    expect(linked('《治安管理处罚法》（2012年修正，已失效）第42条')).toEqual([
      '第42条→zhian-2012#42',
    ]);
  });

  it('refuses a version no longer in force cited as if current', () => {
    expect(parse('《治安管理处罚法》（2012年修正）第42条').problems).toEqual([
      '“《治安管理处罚法》（2012年修正）第42条”引用的是不再有效的版本（2012年修正，已修改）；请改引现行版本，或在括号里注明“已失效”',
    ]);
  });

  it('lets a repealed text that still governs older cases be cited where the paragraph names them', () => {
    const scoped = '2021年1月1日以前签的保证，方式约定不明的按连带责任保证（《担保法》第19条）。';
    expect(parse(scoped).problems).toEqual([]);
    expect(parse(scoped).citations).toEqual([{ lawId: 'danbao-fa', article: '19', scoped: true }]);
    // The scope may come after the citation, anywhere in the same paragraph.
    expect(parse('《担保法》第26条说的是六个月；这只管民法典施行前的保证。').problems).toEqual([]);
  });

  it('refuses that text where the paragraph does not say which cases it means', () => {
    expect(parse('保证方式约定不明的，按连带责任保证（《担保法》第19条）。').problems).toEqual([
      '“《担保法》第19条”：《担保法》已废止，只适用于2021年1月1日以前订立的保证合同引起的纠纷；请在同一段写明适用范围（例如“2021年1月1日以前”），或在括号里注明“已废止”作为历史引用',
    ]);
    // Cited as history it is still allowed, as any repealed text is.
    expect(parse('《担保法》（已废止）第19条').problems).toEqual([]);
  });

  it('names the citation when the document is unknown or lacks the article', () => {
    expect(parse('《催收自律公约》第5条').problems).toEqual([
      '“《催收自律公约》第5条”：《催收自律公约》不在 content/laws/ 里',
    ]);
    expect(parse('《民法典》第9999条').problems).toEqual([
      '“《民法典》第9999条”：content/laws/minfadian.yaml 没有收录第9999条的原文',
    ]);
    expect(parse('《民法典》（1999年修正）第670条').problems[0]).toContain(
      '没有《民法典》“1999年修正”这个版本',
    );
  });

  it('refuses an article number with no document before it in the paragraph', () => {
    expect(parse('答辩期是15日（第128条）。').problems).toEqual([
      '“第128条”前面没有写明是哪部法规：请在同一段里先写出名称，例如《民法典》第128条',
    ]);
  });

  it('ignores ordinal phrases that are not citations', () => {
    expect(parse('第一次逾期后的第3天，第1期还款').problems).toEqual([]);
    expect(parse('第一条建议：先别慌').problems).toEqual([]);
  });

  it('asks for Arabic digits when a statute article is written in Chinese numerals', () => {
    expect(parse('《民法典》第一千零三十三条').problems).toEqual([
      '“第一千零三十三条”：条号请写成阿拉伯数字，例如第1033条，才能链接到原文',
    ]);
  });

  it('carries the document across pieces but links only linkable ones', () => {
    const result = parseCitationBlock(
      [
        { text: '《民法典》', linkable: false },
        { text: '第1032条', linkable: true },
      ],
      index,
    );
    expect(result.segments[1]).toEqual([
      { text: '第1032条', citation: { lawId: 'minfadian', article: '1032' } },
    ]);
    expect(result.segments[0]).toEqual([{ text: '《民法典》' }]);
  });
});

describe('article numbers', () => {
  it('reads Chinese numerals', () => {
    expect(parseChineseNumber('一千零三十三')).toBe(1033);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('二百九十三')).toBe(293);
    expect(parseChineseNumber('条')).toBeUndefined();
  });

  it('orders 293 < 293之一 < 294 and gives ASCII anchors', () => {
    expect(['294', '293之一', '293', '1033'].sort(compareArticles)).toEqual([
      '293',
      '293之一',
      '294',
      '1033',
    ]);
    expect(articleAnchor('293之一')).toBe('a293-1');
    expect(articleAnchor('1033')).toBe('a1033');
  });
});
