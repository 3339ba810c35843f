/**
 * The about page tells a reader how fresh the whole site is: the oldest check
 * date of any fact, law entry, article or loan product, worked out here again from the
 * source files and compared with what the built page says.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { readArticleFiles } from '../../src/lib/content/article-files';
import { toIsoDate } from '../../src/lib/dates';
import { readLawFiles } from '../../src/lib/laws/law-files';
import {
  articleRecordFromFrontmatter,
  collectCheckedItems,
  factRecords,
  oldestChecked,
} from '../../src/lib/review/check-dates';
import { readPlatformRecords } from '../../src/lib/review/platform-files';
import { distDir } from './lib/built-site';
import { documentOf } from './lib/html';

const root = resolve(import.meta.dirname, '../..');

describe('the about page', () => {
  it('names the oldest check date on the site, and what it belongs to', async () => {
    const pages = [
      ...(await readArticleFiles(join(root, 'content/articles'))),
      ...(await readArticleFiles(join(root, 'content/questions'))),
    ];
    const articles = pages.flatMap((file) => {
      const record = articleRecordFromFrontmatter(file.filePath, file.frontmatter);
      return record === undefined || record === 'draft' ? [] : [record];
    });
    const oldest = oldestChecked(
      collectCheckedItems({
        facts: factRecords(facts),
        factsFile: 'facts',
        laws: readLawFiles(join(root, 'content/laws')).laws.map((law) => ({
          file: law.id,
          short: law.data.short,
          version: law.data.version,
          checked: law.data.checked,
          retrieved: law.data.textSource.retrieved,
        })),
        articles,
        platforms: readPlatformRecords(join(root, 'content/platforms')).records,
      }),
    );
    const about = { html: readFileSync(join(distDir, 'about/index.html'), 'utf8') };
    const line = documentOf(about).querySelector('li#oldest-check');
    expect(line?.querySelector('time')?.getAttribute('datetime')).toBe(
      toIsoDate(oldest?.checkedOn ?? new Date(0)),
    );
    expect(line?.textContent).toContain(oldest?.label.replace(/[《》]/g, '') ?? '?');
  });
});
