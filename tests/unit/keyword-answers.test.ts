import { describe, expect, it } from 'vitest';
import {
  keywordVocabulary,
  promisesSpecifics,
  unansweredKeywords,
  wordsOfKeyword,
} from '../../src/lib/content/keyword-answers';

const vocabulary = keywordVocabulary({
  words: ['逾期', '征信', '催收', '本金'],
  synonyms: { 崔收: '催收', 上征信: '征信' },
  fillerPhrases: ['怎么办', '多久'],
  fillerCharacters: ['吗', '了'],
});
const site = new Set([...'逾期会怎样征信催收只还本金一天三个月网贷协商']);

describe('article keywords are answered where the reader lands', () => {
  it('splits a keyword into the words a page must hold, dropping question words', () => {
    expect(wordsOfKeyword('逾期一天', vocabulary)).toEqual(['逾期', '1天']);
    expect(wordsOfKeyword('逾期多久上征信', vocabulary)).toEqual(['逾期', '征信']);
    expect(wordsOfKeyword('崔收怎么办', vocabulary)).toEqual(['催收']);
    expect(wordsOfKeyword('保证期间六个月', vocabulary)).toEqual(['保证期间', '6个月']);
  });

  it('holds to it only keywords that ask for a number, a day or a length of time', () => {
    expect(
      ['逾期一天', '逾期三个月', '征信保存几年', '欠多少会被起诉', '借7天还2000'].every(
        promisesSpecifics,
      ),
    ).toBe(true);
    expect(['催收', '影响子女', '一次性信用修复', '个人信用报告'].some(promisesSpecifics)).toBe(
      false,
    );
  });

  it('fails a promising keyword whose words the article and its linked questions never use', () => {
    const gaps = unansweredKeywords(
      ['逾期一天', '逾期三个月', '征信'],
      ['逾期以后，征信会记下。', '协商时可以谈本金。'],
      vocabulary,
      site,
    );
    expect(gaps).toEqual([
      { keyword: '逾期一天', missing: ['1天'] },
      { keyword: '逾期三个月', missing: ['3个月'] },
    ]);
  });

  it('accepts a keyword answered by a linked question, its keywords included', () => {
    const question = '网贷逾期一天有影响吗？ 逾期三个月怎么办';
    expect(
      unansweredKeywords(['逾期一天', '逾期三个月'], ['逾期以后……', question], vocabulary, site),
    ).toEqual([]);
  });

  it('reads 三个月 and 3个月 as the same promise', () => {
    expect(unansweredKeywords(['逾期三个月'], ['逾期满3个月以后'], vocabulary, site)).toEqual([]);
  });

  it('treats a keyword in characters the site never uses as a search alias', () => {
    expect(unansweredKeywords(['網貸逾期一天'], ['逾期'], vocabulary, site)).toEqual([]);
  });
});
