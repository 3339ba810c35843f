/**
 * A value that changes over time is typed once, in src/data/facts.ts: no page
 * may state a hotline number or the LPR as literal text, and every
 * {{fact}} token must name a fact that exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { readArticleFiles } from '../../src/lib/content/article-files';
import { unknownFactTokens } from '../../src/lib/facts/fact-tokens';

const root = new URL('../../', import.meta.url).pathname;
const articles = await readArticleFiles(join(root, 'content/articles'));
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

  it('every {{token}} names a fact', () => {
    const unknown = texts.flatMap(({ file, text }) =>
      unknownFactTokens(text).map((id) => `${file}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});
