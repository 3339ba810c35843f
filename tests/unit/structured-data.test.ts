import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, serializeJsonLd } from '../../src/lib/structured-data';

describe('structured data', () => {
  it('describes an article with ISO dates and Chinese language', () => {
    const data = articleJsonLd({
      title: '标题',
      description: '描述',
      url: 'https://example.org/articles/a/',
      published: new Date(Date.UTC(2025, 0, 2)),
      updated: new Date(Date.UTC(2025, 1, 3)),
      siteName: '站点',
      siteUrl: 'https://example.org/',
      section: '冷静应对',
      keywords: ['催收', '征信'],
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: '标题',
      inLanguage: 'zh-CN',
      datePublished: '2025-01-02',
      dateModified: '2025-02-03',
    });
  });

  it('numbers breadcrumb items and points the last one at the page', () => {
    const data = breadcrumbJsonLd(
      [
        { label: '首页', href: '/' },
        { label: '冷静应对', href: '/categories/calm/' },
        { label: '文章' },
      ],
      'https://example.org/articles/a/',
      'https://example.org',
    );
    expect(data.itemListElement.map((item) => [item.position, item.item])).toEqual([
      [1, 'https://example.org/'],
      [2, 'https://example.org/categories/calm/'],
      [3, 'https://example.org/articles/a/'],
    ]);
  });

  it('cannot close its script tag from inside the text', () => {
    expect(serializeJsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain(
      '</script>',
    );
  });
});
