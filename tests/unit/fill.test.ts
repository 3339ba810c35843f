import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';

describe('fill', () => {
  it('replaces named placeholders and leaves unknown ones', () => {
    expect(fill('找到 {count} 篇，关于“{query}”{other}', { count: 3, query: '催收' })).toBe(
      '找到 3 篇，关于“催收”{other}',
    );
  });
});
