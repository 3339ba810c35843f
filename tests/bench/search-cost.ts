/**
 * npm run bench:search — what searching the real site costs a reader: for a
 * sample of the quality-suite queries, the bytes Pagefind downloads and the
 * time to the first result: first search (cold), first query typed after focus
 * started Pagefind (typed), and later ones (warm),
 * measured in Chromium against the built dist/. A report, not a test.
 */
import { resolve } from 'node:path';
import { measureQueries } from './query-cost.ts';
import { serveDirectory } from '../lib/static-server.ts';
import { readQuerySuite } from '../search/query-suite.ts';

const root = resolve(import.meta.dirname, '../..');
const sample = readQuerySuite()
  .filter((_, index) => index % 6 === 0)
  .map((entry) => entry.query);

const { server, origin } = await serveDirectory(resolve(root, 'dist'));
try {
  const costs = await measureQueries(origin, sample);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = [
    '| 查询 | 首次搜索 KB | 首次 ms | 聚焦后第一次查询 ms | 之后 KB | 之后 ms | 结果数 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...costs.map(
      (c) =>
        `| ${c.query} | ${kb(c.cold.bytes)} | ${c.cold.milliseconds.toFixed(0)} | ${c.typed.milliseconds.toFixed(0)} | ${kb(c.warm.bytes)} | ${c.warm.milliseconds.toFixed(0)} | ${c.warm.results} |`,
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
