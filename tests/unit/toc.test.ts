import { describe, expect, it } from 'vitest';
import { buildTableOfContents } from '../../src/lib/toc';

describe('buildTableOfContents', () => {
  it('nests h3 under the h2 before it and drops other levels', () => {
    const toc = buildTableOfContents([
      { depth: 2, slug: '要点', text: '要点' },
      { depth: 2, slug: '第一步', text: '第一步' },
      { depth: 3, slug: '列清单', text: '列清单' },
      { depth: 4, slug: '细节', text: '细节' },
      { depth: 2, slug: '下一步', text: '下一步' },
    ]);
    expect(toc.map((entry) => entry.text)).toEqual(['要点', '第一步', '下一步']);
    expect(toc[1]?.children.map((entry) => entry.slug)).toEqual(['列清单']);
  });

  it('keeps an h3 that comes before any h2', () => {
    expect(buildTableOfContents([{ depth: 3, slug: 'a', text: 'A' }])).toHaveLength(1);
  });
});
