/**
 * Some article keywords are promises: search brings a reader who typed
 * 逾期一天 or 征信保存几年 to the page that lists it, and the page must then
 * say something about that day or that number. Those are the keywords with a
 * number, a length of time or a how-long / how-much word in them; the others
 * are readers' words for the page's subject, and the search suite checks that
 * they find it. A promising keyword counts as answered when each of its words appears
 * in the article's own text or in a question the page links to (a question's
 * keywords included: a short answer listing a phrasing is the page that
 * answers it). Synonyms and slips of input (崔收 → 催收) are read as the word
 * they stand for, question words are dropped, and a keyword written in
 * characters the site never uses (網貸) is a search alias for readers of
 * another script, not a promise.
 */
import {
  createVocabulary,
  isHan,
  normalizeQuery,
  segment,
  stripFiller,
  type SearchVocabulary,
} from '../search/query-plan';

export interface KeywordCheckWords {
  /** Words to keep whole: the built-in search words and glossary terms, not the keywords themselves. */
  words: Iterable<string>;
  synonyms: Readonly<Record<string, string>>;
  fillerPhrases: readonly string[];
  fillerCharacters: Iterable<string>;
}

export function keywordVocabulary(input: KeywordCheckWords): SearchVocabulary {
  return createVocabulary({
    ...input,
    fillerPhrases: [...input.fillerPhrases, ...askingWords],
  });
}

/** The words of a keyword that a page must contain, two characters or longer. */
export function wordsOfKeyword(keyword: string, vocabulary: SearchVocabulary): string[] {
  const words: string[] = [];
  for (const token of segment(normalizeQuery(sameNumerals(keyword)), vocabulary)) {
    if (vocabulary.words.has(token)) {
      words.push(vocabulary.synonyms[token] ?? token);
      continue;
    }
    // A count with its unit is a word of its own: 保证期间6个月 holds 保证期间 and 6个月.
    const counted = token.replace(/\d+(?:个月|[天日周月年万千块元次笔家])?/g, ' $& ');
    for (const part of counted.split(' ').flatMap((run) => stripFiller(run, vocabulary))) {
      if ([...part].length >= 2) words.push(part);
    }
  }
  return [...new Set(words)];
}

/** 逾期一天, 三个月, 90天, 多久, 几年, 多少钱: the reader expects a specific answer. 一次性 is a name, not a count. */
const specific =
  /[0-9０-９一二两三四五六七八九十百千半几]+(?:天|日|周|个月|月|年|万|千|块|元|次(?!性)|笔|家)|多久|多长时间|多少/;

/** How readers ask for the number; the page answers with the number, so these are not looked for. */
const askingWords = ['多长时间', '多久', '几个月', '几年', '几天', '多少', '什么时候', '会怎样', '怎样'];

const numerals: Record<string, string> = {
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** 三个月 and 3个月, 五年 and 5年 are the same promise; 十 stays, as in 十几个平台. */
const sameNumerals = (text: string) => text.replace(/[一二两三四五六七八九]/g, (n) => numerals[n] ?? n);

export function promisesSpecifics(keyword: string): boolean {
  return specific.test(keyword);
}

export interface KeywordGap {
  keyword: string;
  /** The words of the keyword found nowhere the reader lands. */
  missing: string[];
}

/**
 * The promising keywords a page does not answer. `texts` are the article's visible text
 * and the text of each question it links to; `siteCharacters` every character
 * the site's pages use, so a keyword in another script is recognised.
 */
export function unansweredKeywords(
  keywords: readonly string[],
  texts: readonly string[],
  vocabulary: SearchVocabulary,
  siteCharacters: ReadonlySet<string>,
): KeywordGap[] {
  const pool = texts.map((text) => sameNumerals(normalizeQuery(text)).replace(/\s+/g, '')).join('\n');
  return keywords.flatMap((keyword) => {
    if (!promisesSpecifics(keyword)) return [];
    if ([...keyword].some((character) => isHan(character) && !siteCharacters.has(character))) {
      return [];
    }
    const missing = wordsOfKeyword(keyword, vocabulary).filter((word) => !pool.includes(word));
    return missing.length > 0 ? [{ keyword, missing }] : [];
  });
}
