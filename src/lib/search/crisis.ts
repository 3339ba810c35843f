/**
 * Whether a search query says the reader may be thinking of ending their life,
 * so the search page can put help above the results whatever they are. The
 * phrases live in src/data/crisis-phrases.ts. Matching is on whole phrases
 * after the query is brought to one form, so 想 死！, 輕生 and 活著沒意思
 * count, while a lone 死 (借款人死亡, 死账) does not.
 */
import { crisisPhrases, traditionalToSimplified } from '../../data/crisis-phrases';
import { normalizeQuery } from './query-plan';

const simplified = new Map<string, string>();
for (let index = 0; index < traditionalToSimplified.length; index += 2) {
  simplified.set(traditionalToSimplified[index] ?? '', traditionalToSimplified[index + 1] ?? '');
}

/**
 * The query as the phrases are written: half-width, simplified, and with
 * everything but letters and digits removed, since readers in distress type
 * 想　死 or 不想活了。。。 as often as the plain words.
 */
export function crisisForm(query: string): string {
  return [...normalizeQuery(query).replace(/[^\p{L}\p{N}]/gu, '')]
    .map((character) => simplified.get(character) ?? character)
    .join('');
}

export function isCrisisQuery(query: string): boolean {
  const text = crisisForm(query);
  return text.length > 0 && crisisPhrases.some((phrase) => text.includes(phrase));
}
