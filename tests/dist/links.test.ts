import { describe, expect, it } from 'vitest';
import { listBuiltPages, servesPath } from './lib/built-site';
import { findBrokenLinks } from './lib/link-check';

describe('internal links in the built site', () => {
  it('all lead to a page, and every #anchor to an element on it', () => {
    const broken = findBrokenLinks(listBuiltPages(), (path) => servesPath(path));
    const report = broken.map((link) => `${link.page} → ${link.href}: ${link.reason}`).join('\n');
    expect(report).toBe('');
  });
});
