/**
 * The words the search page knows as whole units: the built-in list plus every
 * article keyword and tag, question keyword, glossary term and alias, and
 * category title. Built
 * once per build and handed to the search page as JSON.
 */
import {
  baseVocabulary,
  fillerCharacters,
  fillerPhrases,
  synonyms,
} from '../../data/search-vocabulary';

export interface VocabularySources {
  articles: readonly { keywords: readonly string[]; tags: readonly string[] }[];
  /** Questions' keywords are readers' own phrasings (考公, 辞退, 离婚…): words no article may own. */
  questions?: readonly { keywords: readonly string[] }[];
  /** Products by the name on the app and readers' other names for them (借呗, 蚂蚁借呗). */
  platforms?: readonly { name: string; aliases: readonly string[] }[];
  glossary: readonly { term: string; aliases: readonly string[] }[];
  categories: readonly { title: string }[];
}

export interface SerializedVocabulary {
  words: string[];
  /** Product names and their other names, each also a word. */
  names: string[];
  synonyms: Readonly<Record<string, string>>;
  fillerPhrases: readonly string[];
  fillerCharacters: readonly string[];
}

export function collectVocabulary({
  articles,
  questions = [],
  platforms = [],
  glossary,
  categories,
}: VocabularySources): SerializedVocabulary {
  const words = new Set<string>(baseVocabulary);
  for (const article of articles)
    for (const word of [...article.keywords, ...article.tags]) words.add(word);
  for (const question of questions) for (const word of question.keywords) words.add(word);
  for (const platform of platforms)
    for (const word of [platform.name, ...platform.aliases]) words.add(word);
  for (const term of glossary) for (const word of [term.term, ...term.aliases]) words.add(word);
  for (const category of categories) words.add(category.title);
  return {
    words: [...words].filter((word) => word.length >= 2 && !/\s/.test(word)).sort(),
    names: platforms.flatMap((platform) => [platform.name, ...platform.aliases]).sort(),
    synonyms,
    fillerPhrases,
    fillerCharacters,
  };
}
