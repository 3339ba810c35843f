import { describe, expect, it } from 'vitest';
import {
  articleNumbers,
  articleParagraphs,
  groupLawsByKind,
  lawDisplayName,
} from '../../src/lib/laws/law-list';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('law lists', () => {
  it('groups by kind in the fixed order, versions in force first', () => {
    const groups = groupLawsByKind([
      { kind: '司法解释', status: '现行有效', short: '失信规定', effective: day('2017-05-01') },
      { kind: '法律', status: '已修改', short: '治安管理处罚法', effective: day('2013-01-01') },
      { kind: '法律', status: '现行有效', short: '治安管理处罚法', effective: day('2026-01-01') },
      { kind: '法律', status: '现行有效', short: '民法典', effective: day('2021-01-01') },
    ]);
    expect(groups.map((group) => group.kind)).toEqual(['法律', '司法解释']);
    expect(groups[0]?.laws.map((law) => `${law.short}${law.status}`)).toEqual([
      '民法典现行有效',
      '治安管理处罚法现行有效',
      '治安管理处罚法已修改',
    ]);
  });

  it('orders articles as the statute does and splits paragraphs', () => {
    expect(articleNumbers({ '294': 'c', '293之一': 'b', '30': 'a' })).toEqual([
      '30',
      '293之一',
      '294',
    ]);
    expect(articleParagraphs('第一款。\n（一）项；\n\n')).toEqual(['第一款。', '（一）项；']);
  });

  it('names a law by its shortest name, cut to fit a tab', () => {
    expect(
      lawDisplayName({
        short: '最高人民法院关于公布失信被执行人名单信息的若干规定',
        aliases: ['失信规定'],
      }),
    ).toBe('失信规定');
    const long =
      '最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》的决定';
    expect(lawDisplayName({ short: long, aliases: [] })).toHaveLength(36);
    expect(lawDisplayName({ short: long, aliases: [] }).endsWith('…')).toBe(true);
  });
});
