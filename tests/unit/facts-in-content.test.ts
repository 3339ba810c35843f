/**
 * A value that changes over time is typed once, in src/data/facts.ts or
 * src/data/deadlines.ts: no page may state a hotline number, the LPR or a
 * statutory deadline as literal text, and every {{fact}} token must name a
 * fact that exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { readArticleFiles } from '../../src/lib/content/article-files';
import { unknownFactTokens } from '../../src/lib/facts/fact-tokens';

const root = new URL('../../', import.meta.url).pathname;
// Questions are written like articles and held to the same rules.
const articles = [
  ...(await readArticleFiles(join(root, 'content/articles'))),
  ...(await readArticleFiles(join(root, 'content/questions'))),
];
const glossary = readdirSync(join(root, 'content/glossary')).map((name) => ({
  file: name,
  text: readFileSync(join(root, 'content/glossary', name), 'utf8'),
}));
const uiStrings = readFileSync(join(root, 'src/i18n/zh.ts'), 'utf8');
const texts = [
  ...articles.map((article) => ({ file: article.filePath, text: article.body })),
  ...glossary,
  { file: 'src/i18n/zh.ts', text: uiStrings },
];

// A hotline number standing alone (not inside a longer number, a {{token}} or a web address).
const literal = (number: string) => new RegExp(`(?<![\\d-])${number}(?![\\d}]|\\.cn)`);

describe('facts in the content', () => {
  it.each(Object.keys(facts.hotlines))('no page writes %s as literal text', (number) => {
    const offenders = texts.filter(({ text }) => literal(number).test(text)).map((t) => t.file);
    expect(offenders).toEqual([]);
  });

  it('no page writes the LPR or its four times as literal text', () => {
    const lpr = `${Number((facts.lpr.oneYear * 100).toFixed(2))}%`;
    const fourTimes = `4倍即${Number((facts.lpr.oneYear * 400).toFixed(2))}%`;
    const offenders = texts
      .filter(({ text }) => text.includes(`为${lpr}`) || text.includes(fourTimes))
      .map((t) => t.file);
    expect(offenders).toEqual([]);
  });

  // How authors write each deadline when they forget the token: a length next to what it limits.
  const n = '(?:\\d+|[一二三四五六七八九十]+)';
  const literalDeadlines = [
    new RegExp(`${n}日内[^。；|]{0,6}答辩`),
    new RegExp(`支付令[^。；|]{0,12}${n}日`),
    new RegExp(`${n}日内[^。；|]{0,10}上诉`),
    new RegExp(`${n}日内[^。；|]{0,12}(?:申请)?复议`),
    new RegExp(`撤销[^。；|]{0,20}${n}个月|${n}个月内[^。；|]{0,20}撤销`),
    new RegExp(`不予执行[^。；|]{0,20}${n}日内|${n}日内[^。；|]{0,10}不予执行`),
    new RegExp(`异议[^。；|]{0,20}${n}日内|${n}日内(?:进行)?核查`),
    new RegExp(`(?:答辩|异议|上诉|支付令)[^。；|{]{0,30}${n}天`),
    new RegExp(`${n}日内[^。；|]{0,12}(?:清偿|提出书面异议)`),
    new RegExp(`申请(?:强制)?执行的?期间[^。；|]{0,6}${n}年`),
  ];

  it('no article or glossary term writes a statutory deadline as literal text', () => {
    const written = [
      ...articles.map((article) => ({ file: article.filePath, text: article.body })),
      ...glossary,
    ];
    // A heading's id repeats the value its token shows ([详见](#被起诉后15日内答辩)); it is not prose.
    const prose = (text: string) => text.replace(/\]\(#[^)]*\)/g, '](#)');
    const offenders = written.flatMap(({ file, text }) =>
      literalDeadlines
        .map((pattern) => pattern.exec(prose(text))?.[0])
        .filter((match) => match !== undefined)
        .map((match) => `${file}: ${match}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every {{token}} names a fact', () => {
    const unknown = texts.flatMap(({ file, text }) =>
      unknownFactTokens(text).map((id) => `${file}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});
