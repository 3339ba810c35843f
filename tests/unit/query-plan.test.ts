import { describe, expect, it } from 'vitest';
import {
  baseVocabulary,
  fillerCharacters,
  fillerPhrases,
  synonyms,
} from '../../src/data/search-vocabulary';
import {
  createVocabulary,
  normalizeQuery,
  planQuery,
  segment,
} from '../../src/lib/search/query-plan';

const vocabulary = createVocabulary({
  words: [...baseVocabulary, '了解'],
  synonyms,
  fillerPhrases,
  fillerCharacters,
});

describe('normalizeQuery', () => {
  it('turns full-width letters and punctuation into plain text', () => {
    expect(normalizeQuery('  ＬＰＲ是多少？！ ')).toBe('lpr是多少');
    expect(normalizeQuery('催收，上门')).toBe('催收 上门');
  });
});

describe('segment', () => {
  it('takes the longest known word first', () => {
    expect(segment('信用卡逾期', vocabulary)).toEqual(['信用卡', '逾期']);
  });
});

describe('planQuery', () => {
  it.each([
    ['被起诉了怎么办', ['起诉']],
    ['网贷逾期会坐牢吗', ['网贷', '逾期', '坐牢']],
    ['征信黑了', ['征信']],
    ['催债的天天打电话', ['催收', '天天打', '电话']],
    ['黑户', ['征信']],
    ['还款', ['还款']],
    ['我想了解一下分期', ['了解', '分期']],
    ['会员费', ['会员费']],
    ['砍头息怎么算', ['砍头息']],
    ['爆通讯录怎么处理', ['通讯录']],
    // A way of ending one's life is searched as 自杀, the word the help page carries.
    ['被起诉了想跳楼', ['起诉', '自杀']],
    ['想吃安眠药', ['自杀']],
  ])('%s → %j', (raw, terms) => {
    expect(planQuery(raw, vocabulary).terms).toEqual(terms);
  });

  it('searches all terms first and falls back to the strongest single words', () => {
    const plan = planQuery('催收打电话给我爸妈怎么办', vocabulary);
    expect(plan.primary).toBe('催收 电话 家人');
    expect(plan.fallbacks).toEqual(['催收', '电话', '家人']);
  });

  it('keeps the reader’s other words and searches the known ones on their own beside them', () => {
    const plan = planQuery('欠网贷还能出国吗', vocabulary);
    expect(plan.terms).toEqual(['网贷', '还能出国']);
    expect(plan.primary).toBe('网贷 还能出国');
    expect(plan.broad).toBe('网贷');
    expect(planQuery('网贷逾期会坐牢吗', vocabulary).broad).toBeUndefined();
  });

  it('searches a product name and the worry apart as well as together', () => {
    const named = createVocabulary({
      words: ['网贷', '逾期', '起诉', '借呗'],
      names: ['借呗'],
      synonyms: {},
      fillerPhrases: ['会不会'],
      fillerCharacters: ['吗'],
    });
    const plan = planQuery('借呗逾期会被起诉吗', named);
    expect(plan.primary).toBe('借呗 逾期 会被 起诉');
    expect(plan.topic).toBe('逾期 会被 起诉');
    expect(plan.product).toBe('借呗');
    expect(planQuery('借呗', named).topic).toBeUndefined();
  });

  it('keeps what the reader typed when nothing else is left', () => {
    expect(planQuery('怎么办', vocabulary).terms).toEqual(['怎么办']);
  });

  it('has no fallbacks for a single word', () => {
    expect(planQuery('征信', vocabulary).fallbacks).toEqual([]);
  });
});
