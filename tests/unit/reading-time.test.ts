import { describe, expect, it } from 'vitest';
import {
  countChineseCharacters,
  estimateReadingMinutes,
  markdownToReadableText,
} from '../../src/lib/reading-time';

describe('countChineseCharacters', () => {
  it('counts 汉字 only, not punctuation, digits or Latin letters', () => {
    expect(countChineseCharacters('逾期了，先别慌。LPR 是 3.0%')).toBe(7);
  });
});

describe('markdownToReadableText', () => {
  it('keeps link text and drops link targets', () => {
    expect(markdownToReadableText('看[协商](/articles/negotiate/)')).toContain('协商');
    expect(markdownToReadableText('看[协商](/articles/negotiate/)')).not.toContain('articles');
  });
});

describe('estimateReadingMinutes', () => {
  it('reads 400 Chinese characters a minute', () => {
    expect(estimateReadingMinutes('字'.repeat(400))).toBe(1);
    expect(estimateReadingMinutes('字'.repeat(401))).toBe(2);
    expect(estimateReadingMinutes('字'.repeat(2000))).toBe(5);
  });

  it('never says zero minutes', () => {
    expect(estimateReadingMinutes('')).toBe(1);
  });

  it('adds Latin words at 200 a minute', () => {
    expect(estimateReadingMinutes(`${'字'.repeat(400)} ${'word '.repeat(200)}`)).toBe(2);
  });
});
