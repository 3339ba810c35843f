import { describe, expect, it } from 'vitest';
import { collectWords, searchableText } from '../../src/lib/search/shard-vocabulary';

const words = (text = '') => [...collectWords(text, new Set())].sort();
const isSearchable = (html: string) => searchableText(html) !== undefined;

describe('searchableText', () => {
  it('takes what Pagefind indexes: the marked body, without ignored parts', () => {
    const html = `<html lang="zh-CN"><head><title>页头</title></head><body>
      <nav>导航</nav>
      <article data-pagefind-body data-pagefind-meta="names:借呗、蚂蚁借呗">
        <h1 data-pagefind-meta="title">借呗逾期</h1>
        <p data-pagefind-ignore>忽略<span>这段</span></p>
        <p>正文<br>下一行</p>
        <script>脚本</script>
      </article>
      <footer>页脚</footer></body></html>`;
    const text = searchableText(html);
    expect(text).toContain('借呗逾期');
    expect(text).toContain('正文 下一行');
    expect(text).toContain('蚂蚁借呗');
    for (const hidden of ['页头', '导航', '忽略', '这段', '脚本', '页脚']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('runs inline text on as Pagefind does, and parts blocks', () => {
    const text = searchableText(
      '<div data-pagefind-body><p>一年期<a href="#">LPR</a>4倍</p><p>A</p><p>B</p></div>',
    );
    expect(words(text)).toEqual(['a', 'b', 'lpr4', '一', '倍', '年', '期']);
  });

  it('reads entities and finds nothing on a page without a marked body', () => {
    expect(searchableText('<main data-pagefind-body>A&amp;B &#x501F;</main>')).toContain('A&B 借');
    expect(searchableText('<main><p>法规原文</p></main>')).toBeUndefined();
  });
});

describe('collectWords', () => {
  it('keeps each Han character alone and other words whole, lower-cased', () => {
    expect(words('借呗App逾期，拨打12378；ＡＢＣ')).toEqual(
      ['12378', 'abc', 'app', '借', '呗', '打', '拨', '期', '逾'].sort(),
    );
  });
});

describe('which pages are searchable', () => {
  it('sees the attribute that marks a page searchable', () => {
    expect(isSearchable('<article class="a" data-pagefind-body data-x="1">')).toBe(true);
    expect(isSearchable('<article data-pagefind-body>')).toBe(true);
    expect(isSearchable('<article data-pagefind-body="">')).toBe(true);
  });

  it('ignores pages without it, and the words in running text', () => {
    expect(isSearchable('<main><h1>法规原文</h1></main>')).toBe(false);
    expect(isSearchable('<p>加上 data-pagefind-body 属性</p>')).toBe(false);
    expect(isSearchable('<div data-pagefind-body-x>')).toBe(false);
  });
});
