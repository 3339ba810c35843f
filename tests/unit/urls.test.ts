import { describe, expect, it } from 'vitest';
import { absoluteUrl, classifyInternalLink, paths } from '../../src/lib/urls';

describe('paths', () => {
  it('ends every page URL with a slash', () => {
    expect(paths.article('first-steps')).toBe('/articles/first-steps/');
    expect(paths.category('calm')).toBe('/categories/calm/');
    expect(paths.category('calm', 2)).toBe('/categories/calm/2/');
    expect(paths.tags()).toBe('/tags/');
  });

  it('percent-encodes Chinese tags', () => {
    expect(paths.tag('征信')).toBe('/tags/%E5%BE%81%E4%BF%A1/');
  });

  it('puts the query in ?q=', () => {
    expect(paths.search('催收')).toBe('/search/?q=%E5%82%AC%E6%94%B6');
    expect(paths.search()).toBe('/search/');
  });

  it('builds absolute URLs against the site', () => {
    expect(absoluteUrl('/articles/a/', 'https://example.org')).toBe(
      'https://example.org/articles/a/',
    );
  });
});

describe('classifyInternalLink', () => {
  it('recognises articles, categories and glossary terms', () => {
    expect(classifyInternalLink('/articles/myths/#坐牢')).toEqual({
      kind: 'article',
      slug: 'myths',
    });
    expect(classifyInternalLink('/categories/calm/')).toEqual({ kind: 'category', id: 'calm' });
    expect(classifyInternalLink('/glossary/#zhengxin')).toEqual({
      kind: 'glossary',
      termId: 'zhengxin',
    });
    expect(classifyInternalLink('/about/')).toEqual({ kind: 'other', path: '/about/' });
  });
});
