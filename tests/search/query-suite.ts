/**
 * The reader queries of the search quality suite, read through one zod schema
 * so a typo fails with its file and position instead of quietly testing
 * nothing. The suite is every *.json file in tests/search/: queries.json for
 * the articles, one file per batch of questions, so batches written side by
 * side do not edit the same file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';

export const queryCaseSchema = z.strictObject({
  /** What a reader types, as they type it. */
  query: z.string().trim().min(1),
  /** What must be among the first three results: article slugs, help/<page> for a help page, questions/<slug> for a question, platforms/<id> for a product. */
  expect: z
    .array(z.string().regex(/^(?:help\/|questions\/|platforms\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/))
    .min(1),
});

export type QueryCase = z.output<typeof queryCaseSchema>;

const suiteFile = z.array(queryCaseSchema).min(1);

export function readQueryFile(file: URL): QueryCase[] {
  const parsed = suiteFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file.pathname}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function readQuerySuite(dir = new URL('./', import.meta.url)): QueryCase[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const cases = files.flatMap((name) => readQueryFile(new URL(name, dir)));
  const seen = new Set<string>();
  const repeated = cases.filter(({ query }) => seen.size === seen.add(query).size);
  if (repeated.length > 0) {
    throw new Error(`搜索测试里有重复的查询：${repeated.map(({ query }) => query).join('、')}`);
  }
  return cases;
}
