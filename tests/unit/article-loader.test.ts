import { describe, expect, it } from 'vitest';
import {
  findDuplicateSlugs,
  readFrontmatterKeepingDatesAsText,
  slugFromPath,
} from '../../src/lib/content/article-loader';

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
