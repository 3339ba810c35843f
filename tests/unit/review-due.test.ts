import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/lib/dates';
import {
  articleRecordFromFrontmatter,
  collectCheckedItems,
  oldestChecked,
  platformRecordFromYaml,
  type CheckedItem,
} from '../../src/lib/review/check-dates';
import { findDue } from '../../src/lib/review/review-due';

const day = (text: string) => parseCalendarDate(text) as Date;
const today = day('2026-12-03');
const item = (file: string, checkedOn: string, pendingRevision?: string): CheckedItem => ({
  kind: 'law',
  label: file,
  file,
  checkedOn: day(checkedOn),
  pendingRevision,
});

describe('findDue', () => {
  it('lists what is older than half a year and what awaits a revision, most urgent first', () => {
    const due = findDue(
      [
        item('fresh', '2026-11-25'),
        item('a-bit-old', '2026-05-01'),
        item('exactly-180-days', '2026-06-06'),
        item('oldest', '2025-01-10'),
        item('revision', '2026-12-01', '草案已审议'),
      ],
      today,
    );
    expect(due.map((entry) => [entry.file, entry.ageDays, entry.reasons])).toEqual([
      ['revision', 2, ['pending-revision']],
      ['oldest', 692, ['old']],
      ['a-bit-old', 216, ['old']],
    ]);
  });

  it('takes another threshold', () => {
    expect(findDue([item('fresh', '2026-11-25')], today, 7).map((entry) => entry.file)).toEqual([
      'fresh',
    ]);
  });
});

describe('check dates', () => {
  it('uses a law’s own check date when it has one, else the day its text was copied', () => {
    const items = collectCheckedItems({
      facts: [{ label: 'LPR', checkedOn: day('2026-11-25') }],
      factsFile: 'facts.ts',
      laws: [
        { file: 'a.yaml', short: '甲法', version: '2020年', retrieved: day('2025-01-01') },
        {
          file: 'b.yaml',
          short: '乙法',
          version: '2021年',
          retrieved: day('2024-01-01'),
          checked: day('2026-12-01'),
        },
      ],
      articles: [
        { file: 'x.md', title: '文章', published: day('2025-02-01'), updated: day('2025-03-01') },
      ],
    });
    expect(items.map((entry) => [entry.label, entry.checkedOn])).toEqual([
      ['LPR', day('2026-11-25')],
      ['《甲法》（2020年）', day('2025-01-01')],
      ['《乙法》（2021年）', day('2026-12-01')],
      ['文章', day('2025-03-01')],
    ]);
    expect(oldestChecked(items)?.label).toBe('《甲法》（2020年）');
  });

  it('lists a loan product by its name and check date, and refuses one without them', () => {
    const record = platformRecordFromYaml('p.yaml', { name: '借呗', checked: '2026-01-02' });
    expect(record).toEqual({ file: 'p.yaml', name: '借呗', checked: day('2026-01-02') });
    const items = collectCheckedItems({
      facts: [],
      factsFile: 'facts.ts',
      laws: [],
      articles: [],
      platforms: record ? [record] : [],
    });
    expect(items.map((entry) => [entry.kind, entry.label])).toEqual([
      ['platform', '借呗（平台资料）'],
    ]);
    expect(platformRecordFromYaml('p.yaml', { name: '借呗', checked: '2026-02-30' })).toBe(
      undefined,
    );
    expect(platformRecordFromYaml('p.yaml', null)).toBe(undefined);
  });

  it('reads an article’s dates from raw frontmatter, leaving drafts out', () => {
    expect(
      articleRecordFromFrontmatter('x.md', {
        title: '文章',
        published: '2025-02-01',
        reviewed: '2025-06-01',
      }),
    ).toEqual({
      file: 'x.md',
      title: '文章',
      published: day('2025-02-01'),
      updated: undefined,
      reviewed: day('2025-06-01'),
    });
    expect(articleRecordFromFrontmatter('d.md', { title: '草稿', draft: true })).toBe('draft');
    expect(articleRecordFromFrontmatter('bad.md', { title: '坏', published: '2025-13-01' })).toBe(
      undefined,
    );
  });
});

describe('npm run review:due', () => {
  const root = resolve(import.meta.dirname, '../..');
  const run = (today: string) =>
    promisify(execFile)(
      join(root, 'node_modules/.bin/node'),
      ['--import', './src/cli/ts-imports.ts', 'src/cli/review-due.ts', '--today', today],
      { cwd: root, env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content/review' } },
    );

  it('prints the fixture’s pending revision first, then old entries oldest first, never a draft', async () => {
    const { stdout } = await run('2026-12-03');
    const numbered = stdout.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(numbered).toEqual([
      '1. [法规] 《修订中法规》（2020年通过）  tests/fixtures/content/review/laws/pending-law.yaml',
      '2. [法规] 《旧法规》（2010年通过）  tests/fixtures/content/review/laws/old-law.yaml',
      '3. [平台] 旧平台（平台资料）  tests/fixtures/content/review/platforms/old-platform.yaml',
      '4. [文章] 去年核对过的文章  tests/fixtures/content/review/articles/old-article.md',
      '5. [文章] 从没标过核对日期的文章  tests/fixtures/content/review/articles/never-reviewed.md',
    ]);
    expect(stdout).toContain('最近核对 2025-01-10（692 天前）');
    expect(stdout).toContain('全站最早的核对日期：2025-01-10，《旧法规》（2010年通过）');
    expect(stdout).not.toContain('很久以前的草稿');
  });

  it('says plainly when nothing is due, and refuses a day that does not exist', async () => {
    // The valid fixture has no laws and no article older than the generous threshold.
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/node'),
      ['--import', './src/cli/ts-imports.ts', 'src/cli/review-due.ts', '--max-age', '100000'],
      { cwd: root, env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content/valid' } },
    );
    expect(stdout).toContain('没有需要复核的内容');
    await expect(run('2026-02-30')).rejects.toMatchObject({
      stderr: expect.stringContaining('“2026-02-30”不是真实存在的日期'),
    });
  });
});
