/**
 * Reading-time estimate for mixed Chinese and Latin text. Chinese readers take
 * in roughly 300–500 characters a minute; we use 400, and 200 words a minute for
 * Latin words (law names in English, URLs in prose are rare but do occur).
 */

const cjkCharactersPerMinute = 400;
const latinWordsPerMinute = 200;

const cjkCharacter = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const latinWord = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

/** Strips the Markdown that readers never see: code fences, link targets, HTML tags, frontmatter-like markers. */
export function markdownToReadableText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~-]/g, ' ');
}

/** Counts the Chinese characters (汉字) of a text: the measure used for article length. */
export function countChineseCharacters(text: string): number {
  return text.match(cjkCharacter)?.length ?? 0;
}

/** Whole minutes to read a Markdown body, never less than one. */
export function estimateReadingMinutes(markdown: string): number {
  const text = markdownToReadableText(markdown);
  const cjk = countChineseCharacters(text);
  const latin = text.replace(cjkCharacter, ' ').match(latinWord)?.length ?? 0;
  const minutes = cjk / cjkCharactersPerMinute + latin / latinWordsPerMinute;
  return Math.max(1, Math.ceil(minutes));
}
