import { describe, expect, it } from 'vitest';
import { collectVocabulary } from '../../src/lib/search/vocabulary';

describe('collectVocabulary', () => {
  it('adds article and question keywords, tags, glossary terms, aliases and category titles to the built-in words', () => {
    const vocabulary = collectVocabulary({
      articles: [{ keywords: ['爆通讯录', '不敢接电话'], tags: ['催收'] }],
      questions: [{ keywords: ['考公', '政审'] }],
      glossary: [{ term: '支付令', aliases: ['督促程序'] }],
      categories: [{ title: '法律与维权' }],
    });
    for (const word of [
      '考公',
      '政审',
      '爆通讯录',
      '不敢接电话',
      '催收',
      '支付令',
      '督促程序',
      '法律与维权',
      '网贷',
    ]) {
      expect(vocabulary.words).toContain(word);
    }
  });

  it('leaves out single characters and phrases with spaces', () => {
    const vocabulary = collectVocabulary({
      articles: [{ keywords: ['债', 'how to pay'], tags: [] }],
      glossary: [],
      categories: [],
    });
    expect(vocabulary.words).not.toContain('债');
    expect(vocabulary.words).not.toContain('how to pay');
  });
});
