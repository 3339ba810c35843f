/**
 * The reader queries of the search quality suite (queries.json), read through
 * one zod schema so a typo in the file fails with its position instead of
 * quietly testing nothing.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const queryCaseSchema = z.strictObject({
  /** What a reader types, as they type it. */
  query: z.string().trim().min(1),
  /** What must be among the first three results: article slugs, help/<page> for a help page, questions/<slug> for a question. */
  expect: z.array(z.string().regex(/^(?:help\/|questions\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1),
});

export type QueryCase = z.output<typeof queryCaseSchema>;

export function readQuerySuite(file = new URL('./queries.json', import.meta.url)): QueryCase[] {
  return z
    .array(queryCaseSchema)
    .min(1)
    .parse(JSON.parse(readFileSync(file, 'utf8')));
}
