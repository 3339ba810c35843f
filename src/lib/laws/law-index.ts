import { buildLawIndex, type CitableLaw, type LawIndex } from './citations';
import type { LawData } from './law-schema';

/** What citation matching needs to know of a law entry. */
export function toCitableLaw(id: string, data: LawData): CitableLaw {
  return {
    id,
    title: data.title,
    short: data.short,
    aliases: data.aliases,
    version: data.version,
    number: data.number,
    status: data.status,
    articles: new Set(Object.keys(data.articles)),
    stillGoverns: data.stillGoverns && {
      cases: data.stillGoverns.cases,
      scopeWords: data.stillGoverns.scopeWords,
    },
  };
}

export function lawIndexFromFiles(laws: readonly { id: string; data: LawData }[]): LawIndex {
  return buildLawIndex(laws.map((law) => toCitableLaw(law.id, law.data)));
}
