import { describe, expect, it } from 'vitest';
import { tidyExcerpt } from '../../src/lib/search/excerpt';

describe('search excerpts in Chinese', () => {
  it('turns the ". " Pagefind puts after a title or heading into 。', () => {
    expect(tidyExcerpt('被<mark>起诉</mark>或收到法院短信怎么办. 收到“法院短信”')).toBe(
      '被<mark>起诉</mark>或收到法院短信怎么办。收到“法院短信”',
    );
    expect(tidyExcerpt('谈不拢<mark>怎么办</mark>. 换一个时间')).toBe(
      '谈不拢<mark>怎么办</mark>。换一个时间',
    );
  });

  it('drops the space left after Chinese punctuation between blocks', () => {
    expect(tidyExcerpt('而不是拖。 谈不拢<mark>怎么办</mark>')).toBe(
      '而不是拖。谈不拢<mark>怎么办</mark>',
    );
    expect(tidyExcerpt('先别慌！ “法院短信”要核实')).toBe('先别慌！“法院短信”要核实');
  });

  it('leaves Latin text, numbers and the mark tags alone', () => {
    const untouched = '一年期 LPR 为 3.0%. The rate is 3.0. <mark>12378</mark> 是热线';
    expect(tidyExcerpt(untouched)).toBe(untouched);
  });
});
