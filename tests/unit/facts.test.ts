import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkedRateLines, facts, factsSchema, rateLineSchema } from '../../src/data/facts';
import { factPlugin } from '../../src/lib/facts/fact-plugin';
import { factValues, unknownFactTokens } from '../../src/lib/facts/fact-tokens';

// The plugin is synchronous, so the result is too.
const render = (markdown: string) =>
  (markdownToHtml(markdown, { mdastPlugins: [factPlugin()] }) as MarkdownToHtmlResult).html;

describe('facts data', () => {
  it('passes its schema, and a wrong value would not', () => {
    expect(factsSchema.safeParse(facts).success).toBe(true);
    const broken = { ...facts, lpr: { ...facts.lpr, effectiveFrom: '2025-02-30' } };
    expect(factsSchema.safeParse(broken).success).toBe(false);
  });

  it('checks the rate lines the calculator compares with', () => {
    expect(checkedRateLines.map((line) => line.annualRate)).toEqual([facts.lpr.oneYear * 4, 0.24]);
    const line = checkedRateLines[0];
    expect(rateLineSchema.safeParse({ ...line, basis: '民间借贷规定' }).success).toBe(false);
  });

  it('turns values into the text a reader sees', () => {
    const values = factValues();
    expect(values.get('lpr')?.text).toBe(`${facts.lpr.oneYear * 100}%`);
    expect(values.get('hotline-12356')?.text).toBe('12356');
    const lower = factValues({ ...facts, lpr: { ...facts.lpr, oneYear: 0.031 } });
    expect(lower.get('lpr-4x')?.text).toBe('12.4%');
    expect(lower.get('lpr')?.text).toBe('3.1%');
  });
});

describe('{{fact}} tokens in Markdown', () => {
  it('show the value, with the check date linked after its first mention only', () => {
    const html = render('拨打{{hotline-12378}}，再打{{hotline-12378}}；**4倍为{{lpr-4x}}**。');
    expect(html).toContain(
      '拨打12378（<a href="/about/#facts">2026年11月25日核对，未能确认原始出处</a>），再打12378；',
    );
    expect(html).toContain('<strong>4倍为12%（<a href="/about/#facts">');
    expect(html.match(/about\/#facts/g)).toHaveLength(2);
  });

  it('stop the build on an id that is not in the data', () => {
    expect(() => render('打{{hotline-99999}}')).toThrow(
      /“\{\{hotline-99999\}\}”不是 src\/data\/facts\.ts 里的数据/,
    );
    expect(unknownFactTokens('{{lpr}} {{lrp}}')).toEqual(['lrp']);
  });
});
