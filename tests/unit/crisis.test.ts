/**
 * Which searches put the crisis help box above the results on /search/.
 * Two lists to read side by side: what readers in crisis type, and what
 * readers asking about something else type, often with 死 in it.
 */
import { describe, expect, it } from 'vitest';
import { crisisPhrases, traditionalToSimplified } from '../../src/data/crisis-phrases';
import { crisisForm, isCrisisQuery } from '../../src/lib/search/crisis';

const mustShowHelp = [
  '还不上了想死',
  '网贷逾期不想活了',
  '欠了二十万活不下去了',
  '我死了网贷家人要还吗',
  '被催收逼得想自杀',
  '欠了十几个平台，真的不想再活了',
  '每天被催收电话打爆，活着没意思',
  '负债三十万想轻生',
  '想一死了之',
  '还不起网贷死了算了',
  '撑不下去了',
  '天天被爆通讯录，还不如死了',
  '欠钱还不上想跳楼',
  '被催得想跳河',
  '想吃安眠药睡过去',
  '割腕',
  '想结束自己的生命',
  '结束生命',
  '想了结自己',
  '写好了遗书',
  '网贷逾期家人都不理我，想不开',
  '欠网贷想寻死',
  '被网贷逼得生不如死',
  '我要是死了网贷还用还吗',
  '我死后网贷会找我父母吗',
  '欠这么多钱还不如去死',
  '熬不下去了',
  '活够了',
  '老公不知道我欠网贷，我想离开这个世界',
  '收到律师函想自杀',
  '孩子学费交不上活着太累',
  '不想活了',
];

/** The same words as readers also type them: spaced out, shouted, full-width, traditional. */
const mustShowHelpWhateverTheForm = [
  '不 想 活 了 ！',
  '想死。。。',
  '想　死',
  '欠款１０万想死',
  '輕生',
  '活著沒意思',
  '想自殺',
  '結束生命',
  '離開這個世界',
  '我死後網貸家人要還嗎',
];

const mustNotShowHelp = [
  '借款人死亡后债务谁还',
  '父亲去世了网贷要还吗',
  '父亲去世了网贷谁还',
  '老公意外去世，他的网贷我要还吗',
  '父母死后子女要替他还网贷吗',
  '死缠烂打的催收',
  '死期存款能被冻结吗',
  '死账',
  '呆账死账会消除吗',
  '以贷养贷死循环怎么跳出来',
  '平台死活不同意协商',
  '欠网贷会判死刑吗',
  '催收电话烦死了',
  '收到法院短信吓死了',
  '换工作跳槽后工资卡被冻结',
  '死',
  '催收',
  '征信',
  '起诉',
  '逾期会坐牢吗',
  '',
  '   ',
];

describe('a query that shows the crisis help', () => {
  it.each(mustShowHelp)('%s', (query) => {
    expect(isCrisisQuery(query)).toBe(true);
  });

  it.each(mustShowHelpWhateverTheForm)('%s', (query) => {
    expect(isCrisisQuery(query)).toBe(true);
  });
});

describe('a query that does not', () => {
  it.each(mustNotShowHelp)('“%s”', (query) => {
    expect(isCrisisQuery(query)).toBe(false);
  });
});

describe('the phrase list', () => {
  it('has only phrases, never a single character', () => {
    expect(crisisPhrases.filter((phrase) => [...phrase].length < 2)).toEqual([]);
  });

  it('is written in the form queries are compared in, so every phrase can match', () => {
    expect(
      crisisPhrases.filter((phrase) => crisisForm(phrase, traditionalToSimplified) !== phrase),
    ).toEqual([]);
  });

  it('pairs each traditional character with one simplified character', () => {
    const characters = [...traditionalToSimplified];
    expect(characters.length % 2).toBe(0);
    const traditional = characters.filter((_, index) => index % 2 === 0);
    expect(new Set(traditional).size).toBe(traditional.length);
  });
});

describe('crisisForm', () => {
  it('drops spaces and punctuation, folds full-width and traditional characters', () => {
    expect(crisisForm(' 活著，沒意思！ ', traditionalToSimplified)).toBe('活着没意思');
    expect(crisisForm('ＡＢ１２ 想　死', traditionalToSimplified)).toBe('ab12想死');
  });
});
