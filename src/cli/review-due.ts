/**
 * npm run review:due [-- --today YYYY-MM-DD] [--max-age 180]
 * Lists what is due for checking again — facts, law entries, articles and loan products last
 * checked more than half a year ago, and laws whose revision could not be
 * confirmed — most urgent first. CONTENT_DIR points it at another content tree.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { facts } from '../data/facts.ts';
import { readArticleFiles } from '../lib/content/article-files.ts';
import { readLawFiles } from '../lib/laws/law-files.ts';
import { parseCalendarDate } from '../lib/dates.ts';
import {
  articleRecordFromFrontmatter,
  collectCheckedItems,
  factRecords,
  oldestChecked,
} from '../lib/review/check-dates.ts';
import { defaultMaxAgeDays, findDue, formatDueReport } from '../lib/review/review-due.ts';
import { readPlatformRecords } from '../lib/review/platform-files.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const { values } = parseArgs({
  options: { today: { type: 'string' }, 'max-age': { type: 'string' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const today = values.today === undefined ? new Date() : parseCalendarDate(values.today);
if (today === undefined) fail(`--today “${values.today}”不是真实存在的日期，请写成 YYYY-MM-DD`);
const maxAgeDays = values['max-age'] === undefined ? defaultMaxAgeDays : Number(values['max-age']);
if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) fail('--max-age 要写成天数，例如 180');

const laws = readLawFiles(join(contentDir, 'laws'));
if (laws.problems.length > 0) {
  fail(laws.problems.map((problem) => `${problem.filePath} → ${problem.message}`).join('\n'));
}
// Questions carry the same dates as articles and are checked the same way.
const pages = [
  ...(await readArticleFiles(join(contentDir, 'articles'))),
  ...(await readArticleFiles(join(contentDir, 'questions'))),
];
const articles = pages.flatMap((file) => {
  const record = articleRecordFromFrontmatter(
    relative(process.cwd(), file.filePath),
    file.frontmatter,
  );
  if (record === undefined)
    fail(`${file.filePath} 的日期或标题有误，先运行 npm run build 看具体字段`);
  return record === 'draft' ? [] : [record];
});

const products = readPlatformRecords(join(contentDir, 'platforms'));
if (products.unreadable.length > 0) {
  fail(
    `${products.unreadable.join('、')} 的 name 或 checked 有误，先运行 npm run build 看具体字段`,
  );
}
const platforms = products.records.map((record) => ({
  ...record,
  file: relative(process.cwd(), record.file),
}));

const items = collectCheckedItems({
  facts: factRecords(facts),
  factsFile: 'src/data/facts-data.ts',
  laws: laws.laws.map((law) => ({
    file: relative(process.cwd(), law.filePath),
    short: law.data.short,
    version: law.data.version,
    checked: law.data.checked,
    retrieved: law.data.textSource.retrieved,
    pendingRevision: law.data.pendingRevision,
  })),
  articles,
  platforms,
});
console.log(
  formatDueReport(findDue(items, today, maxAgeDays), {
    today,
    maxAgeDays,
    oldest: oldestChecked(items),
  }),
);
