import { describe, expect, it } from 'vitest';
import { basisListItemsHtml, basisRows } from '../../src/lib/laws/law-basis';

const laws = new Map([
  ['minfadian', { id: 'minfadian', short: '民法典', version: '2020年通过' }],
  ['x', { id: 'x', short: 'A&B<规定>', version: '“2021”' }],
]);

describe('本文依据', () => {
  it('lists each cited document with its articles, each linked to its text', () => {
    const rows = basisRows([{ lawId: 'minfadian', articles: ['670', '1033'] }], laws);
    expect(basisListItemsHtml(rows)).toBe(
      '<li><a href="/laws/minfadian/">《民法典》</a><span class="version">（2020年通过）</span>：' +
        '<a href="/laws/minfadian/#a670">第670条</a>、<a href="/laws/minfadian/#a1033">第1033条</a></li>',
    );
  });

  it('escapes names and leaves out documents it does not know', () => {
    const rows = basisRows(
      [
        { lawId: 'x', articles: ['293之一'] },
        { lawId: 'gone', articles: ['1'] },
      ],
      laws,
    );
    expect(rows).toHaveLength(1);
    const html = basisListItemsHtml(rows);
    expect(html).toContain('《A&amp;B&lt;规定&gt;》');
    expect(html).toContain('href="/laws/x/#a293-1">第293条之一</a>');
  });
});
