/**
 * npm run bench:search — what searching the real site costs a reader: for a
 * sample of the quality-suite queries, the bytes Pagefind downloads and the
 * time to the first result: first search (cold), first query typed after focus
 * started Pagefind (typed), and later ones (warm),
 * measured in Chromium against the built dist/. A report, not a test.
 * Each query is planned first, with the vocabulary the built page carries, and
 * the planned words are what is measured: the page never hands Pagefind the
 * reader's whole sentence (被起诉了怎么办 is searched as 起诉).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { measureQueries } from './query-cost.ts';
import { serveDirectory } from '../lib/static-server.ts';
import { readQuerySuite } from '../search/query-suite.ts';
import { createVocabulary, planQuery } from '../../src/lib/search/query-plan.ts';
import type { SerializedVocabulary } from '../../src/lib/search/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const searchPage = resolve(root, 'dist/search/index.html');
const vocabularyJson = parse(readFileSync(searchPage, 'utf8')).querySelector(
  'script[data-vocabulary]',
)?.textContent;
if (!vocabularyJson) throw new Error(`${searchPage} 里没有搜索词表（data-vocabulary）`);
const vocabulary = createVocabulary(JSON.parse(vocabularyJson) as SerializedVocabulary);
const asked = readQuerySuite()
  .filter((_, index) => index % 6 === 0)
  .map((entry) => entry.query);
const sample = asked.map((query) => planQuery(query, vocabulary).primary);

const { server, origin } = await serveDirectory(resolve(root, 'dist'));
try {
  const costs = await measureQueries(origin, sample);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = [
    '| 读者输入 | 搜的词 | 首次搜索 KB | 首次 ms | 聚焦后第一次查询 ms | 之后 KB | 之后 ms | 结果数 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...costs.map(
      (c, index) =>
        `| ${asked[index]} | ${c.query} | ${kb(c.cold.bytes)} | ${c.cold.milliseconds.toFixed(0)} | ${c.typed.milliseconds.toFixed(0)} | ${kb(c.warm.bytes)} | ${c.warm.milliseconds.toFixed(0)} | ${c.warm.results} |`,
    ),
  ];
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  lines.push(
    '',
    `中位数：首次搜索 ${kb(median(costs.map((c) => c.cold.bytes)))} KB / ${median(costs.map((c) => c.cold.milliseconds)).toFixed(0)} ms；聚焦后第一次查询 ${median(costs.map((c) => c.typed.milliseconds)).toFixed(0)} ms；之后每次 ${kb(median(costs.map((c) => c.warm.bytes)))} KB / ${median(costs.map((c) => c.warm.milliseconds)).toFixed(0)} ms`,
  );
  console.log(lines.join('\n'));
} finally {
  server.close();
}
