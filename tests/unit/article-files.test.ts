import { describe, expect, it } from 'vitest';
import {
  findDuplicateSlugs,
  readArticleFiles,
  readFrontmatterKeepingDatesAsText,
  slugFromPath,
} from '../../src/lib/content/article-files';

describe('readFrontmatterKeepingDatesAsText', () => {
  it('keeps dates exactly as written, even impossible ones', () => {
    const data = readFrontmatterKeepingDatesAsText(
      '---\npublished: 2024-13-45\nupdated: 2025-01-02\n---\n正文',
    );
    expect(data).toEqual({ published: '2024-13-45', updated: '2025-01-02' });
  });

  it('reads lists and numbers as usual', () => {
    const data = readFrontmatterKeepingDatesAsText('---\ntags: [催收, 征信]\norder: 2\n---\n');
    expect(data).toEqual({ tags: ['催收', '征信'], order: 2 });
  });

  it('returns nothing for a file without frontmatter', () => {
    expect(readFrontmatterKeepingDatesAsText('只有正文')).toEqual({});
  });
});

describe('slugFromPath', () => {
  it('uses the file name, whatever the folder', () => {
    expect(slugFromPath('first-steps.md')).toBe('first-steps');
    expect(slugFromPath('legal/court.mdx')).toBe('court');
  });
});

describe('findDuplicateSlugs', () => {
  it('groups files that would share a URL', () => {
    expect(
      findDuplicateSlugs([
        'content/articles/a.md',
        'content/articles/x/a.mdx',
        'content/articles/b.md',
      ]),
    ).toEqual([['content/articles/a.md', 'content/articles/x/a.mdx']]);
  });
});

describe('readArticleFiles', () => {
  it('finds articles in subfolders, as the loader does, with frontmatter and body apart', async () => {
    const { mkdtemp, mkdir, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const directory = await mkdtemp(join(tmpdir(), 'articles-'));
    await mkdir(join(directory, 'court'));
    await writeFile(join(directory, 'top.md'), '---\ntitle: 顶层\n---\n正文一');
    await writeFile(
      join(directory, 'court', 'nested.mdx'),
      '---\ntitle: 子目录\ndraft: true\n---\n正文二',
    );
    await writeFile(join(directory, 'court', 'notes.txt'), '不是文章');
    const files = await readArticleFiles(directory);
    expect(files.map((file) => [file.slug, file.frontmatter['title'], file.body])).toEqual([
      ['nested', '子目录', '正文二'],
      ['top', '顶层', '正文一'],
    ]);
  });
});
