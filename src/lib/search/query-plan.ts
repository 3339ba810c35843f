/**
 * Turns what a reader types into what Pagefind can answer. Pagefind splits
 * Chinese into single characters, matches each as a prefix and requires all
 * of them, so "被起诉了怎么办" looks for 被, 起, 诉, 了, 怎, 么, 办 and may find
 * nothing, while "起诉" alone finds the article. This module cuts the query
 * into known words (longest match first), maps colloquial words to the ones
 * the articles use, drops question words and particles, and offers the
 * strongest single words as fallbacks.
 */

export interface SearchVocabulary {
  words: ReadonlySet<string>;
  /** Product names (借呗, 蚂蚁借呗): a query naming one is also searched without it. */
  names?: ReadonlySet<string>;
  synonyms: Readonly<Record<string, string>>;
  fillerPhrases: readonly string[];
  fillerCharacters: ReadonlySet<string>;
}

export interface QueryPlan {
  /** The query as a reader would recognise it, cleaned of punctuation. */
  normalized: string;
  /** The meaningful words, in the reader's order. */
  terms: string[];
  /** All terms together: the first search to try. */
  primary: string;
  /**
   * The known words alone, searched beside `primary` when the reader also typed
   * words the site does not know: those words narrow the topic (出国 in
   * 欠网贷还能出国吗) but Pagefind demands every character, so a page that
   * answers in other words would be lost without this broader search.
   */
  broad?: string;
  /**
   * The reader's words without a product name (借呗逾期会被起诉吗 → 逾期 起诉), searched
   * beside `primary`: the product page answers "who lent it", the questions answer the
   * worry, and no question names every product.
   */
  topic?: string;
  /** The product names alone, so the product's own page is found whatever else was typed. */
  product?: string;
  /** Single terms, strongest first, for when the whole query finds nothing. */
  fallbacks: string[];
}

export function createVocabulary(input: {
  words: Iterable<string>;
  names?: Iterable<string>;
  synonyms: Readonly<Record<string, string>>;
  fillerPhrases: readonly string[];
  fillerCharacters: Iterable<string>;
}): SearchVocabulary {
  const words = new Set<string>();
  for (const word of input.words) {
    const cleaned = normalizeQuery(word);
    if (cleaned.length >= 2) words.add(cleaned);
  }
  for (const [from, to] of Object.entries(input.synonyms)) words.add(from).add(to);
  return {
    words,
    names: new Set(input.names ?? []),
    synonyms: input.synonyms,
    fillerPhrases: [...input.fillerPhrases].sort((a, b) => b.length - a.length),
    fillerCharacters: new Set(input.fillerCharacters),
  };
}

/** Full-width to half-width, lower case, punctuation to spaces. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const isHan = (character: string) => /\p{Script=Han}/u.test(character);

/** Longest-match segmentation against the vocabulary; anything unknown stays as a run of characters. */
export function segment(text: string, vocabulary: SearchVocabulary): string[] {
  const longest = Math.max(2, ...[...vocabulary.words].map((word) => word.length));
  const tokens: string[] = [];
  let loose = '';
  const flush = () => {
    if (loose) tokens.push(loose);
    loose = '';
  };
  for (let index = 0; index < text.length;) {
    const character = text[index] ?? '';
    if (character === ' ') {
      flush();
      index++;
      continue;
    }
    let match = '';
    for (let length = Math.min(longest, text.length - index); length >= 2; length--) {
      const candidate = text.slice(index, index + length);
      if (vocabulary.words.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (match) {
      flush();
      tokens.push(match);
      index += match.length;
    } else {
      loose += character;
      index++;
    }
  }
  flush();
  return tokens;
}

/** A run of unknown text without question words and particles, split where they stood. */
export function stripFiller(run: string, vocabulary: SearchVocabulary): string[] {
  let text = run;
  for (const phrase of vocabulary.fillerPhrases) text = text.split(phrase).join(' ');
  return text
    .split(' ')
    .map((part) =>
      [...part]
        .filter((character) => !(isHan(character) && vocabulary.fillerCharacters.has(character)))
        .join(''),
    )
    .filter((part) => part.length > 0);
}

export function planQuery(raw: string, vocabulary: SearchVocabulary): QueryPlan {
  const normalized = normalizeQuery(raw);
  const tokens = segment(normalized, vocabulary);
  const known = tokens.filter((token) => vocabulary.words.has(token));
  // Known words carry most of the meaning, but the reader's other words say which part of the
  // topic they mean (欠网贷还能出国吗: 出国). Unknown runs of two characters or more are kept
  // once question words are stripped; a lone leftover character (给, 欠) would only make
  // Pagefind demand more characters.
  const parts =
    known.length > 0
      ? tokens.flatMap((token) =>
          vocabulary.words.has(token)
            ? [token]
            : stripFiller(token, vocabulary).filter((part) => [...part].length >= 2),
        )
      : tokens.flatMap((token) => stripFiller(token, vocabulary));
  const terms: string[] = [];
  for (const part of parts) {
    const term = vocabulary.synonyms[part] ?? part;
    if (!terms.includes(term)) terms.push(term);
  }
  // Nothing left (the reader typed only "怎么办"): search what they typed rather than nothing.
  if (terms.length === 0 && normalized) terms.push(normalized);

  const strength = (term: string) => (vocabulary.words.has(term) ? 100 : 0) + term.length;
  const fallbacks =
    terms.length > 1
      ? [...terms].sort((a, b) => strength(b) - strength(a) || terms.indexOf(a) - terms.indexOf(b))
      : [];
  const knownTerms = [...new Set(known.map((word) => vocabulary.synonyms[word] ?? word))];
  const broad =
    known.length > 0 && knownTerms.length < terms.length ? knownTerms.join(' ') : undefined;
  const named = terms.filter((term) => vocabulary.names?.has(term));
  const topic =
    named.length > 0 && named.length < terms.length
      ? terms.filter((term) => !named.includes(term)).join(' ')
      : undefined;
  return {
    normalized,
    terms,
    primary: terms.join(' '),
    ...(broad ? { broad } : {}),
    ...(topic ? { topic, product: named.join(' ') } : {}),
    fallbacks,
  };
}
