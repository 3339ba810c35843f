/**
 * The loan products' check dates read straight from content/platforms/, for
 * the tools that run outside the build (`npm run review:due`, the dist test of
 * the about page). The build reads the same files with the full schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { platformRecordFromYaml, type PlatformRecordForReview } from './check-dates';

/** Each product file's name and check date; `unreadable` lists files missing either. */
export function readPlatformRecords(directory: string): {
  records: PlatformRecordForReview[];
  unreadable: string[];
} {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    // A content tree without products (the fixtures) has nothing of this kind to review.
    return { records: [], unreadable: [] };
  }
  const records: PlatformRecordForReview[] = [];
  const unreadable: string[] = [];
  for (const name of names.sort()) {
    const file = join(directory, name);
    // CORE_SCHEMA keeps dates as text so an impossible day is refused, not rolled over.
    const raw = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
    const record = platformRecordFromYaml(file, raw);
    if (record) records.push(record);
    else unreadable.push(file);
  }
  return { records, unreadable };
}
