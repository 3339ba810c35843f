/**
 * Whether a search query says the reader may be thinking of ending their life,
 * so the search page can put help above the results whatever they are. The
 * phrases live in src/data/crisis-phrases.ts. Matching is on whole phrases
 * after the query is brought to one form, so 想 死！, 輕生 and 活著沒意思
 * count, while a lone 死 (借款人死亡, 死账) does not.
 */
import { crisisPhrases, traditionalToSimplified } from '../../data/crisis-phrases';
import { normalizeQuery } from './query-plan';

export interface CrisisPhrases {
  phrases: readonly string[];
  /** Pairs of characters, each traditional one followed by its simplified form. */
  traditionalToSimplified: string;
}

/**
 * The query as the phrases are written: half-width, simplified, and with
 * everything but letters and digits removed, since readers in distress type
 * 想　死 or 不想活了。。。 as often as the plain words.
 */
export function crisisForm(query: string, traditional: string): string {
  const simplified = new Map<string, string>();
  for (let index = 0; index + 1 < traditional.length; index += 2)
    simplified.set(traditional[index] ?? '', traditional[index + 1] ?? '');
  return [...normalizeQuery(query).replace(/[^\p{L}\p{N}]/gu, '')]
    .map((character) => simplified.get(character) ?? character)
    .join('');
}

/**
 * The check with the phrase list passed in: the browser gets the list as JSON
 * from the page rather than inside the script (see src/pages/search.astro).
 */
export function createCrisisCheck(data: CrisisPhrases): (query: string) => boolean {
  return (query) => {
    const text = crisisForm(query, data.traditionalToSimplified);
    return text.length > 0 && data.phrases.some((phrase) => text.includes(phrase));
  };
}

/** The check against the site's own list, as the tests read it. */
export function isCrisisQuery(query: string): boolean {
  return createCrisisCheck({ phrases: crisisPhrases, traditionalToSimplified })(query);
}
