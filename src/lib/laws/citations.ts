/**
 * Finds statute citations in prose the way a reader does: 第N条 belongs to the
 * document most recently named in the same paragraph (《民法典》第1033条 … （第1034条）).
 * Authors keep writing ordinary Chinese; the Markdown pipeline turns each
 * citation into a link to its text on /laws/, and the build refuses a citation
 * that names an unknown document, an article the entry lacks, or a version no
 * longer in force (unless the citation says it is history, or the paragraph
 * says which older cases a repealed text still governs).
 */
import type { LawStatus } from './law-schema';

export interface CitableLaw {
  id: string;
  title: string;
  short: string;
  aliases: readonly string[];
  version: string;
  number?: string | undefined;
  status: LawStatus;
  articles: ReadonlySet<string>;
  /** A repealed text that still decides older cases; citable where the paragraph names them. */
  stillGoverns?: { cases: string; scopeWords: readonly string[] } | undefined;
}

export interface LawIndex {
  byName: ReadonlyMap<string, readonly CitableLaw[]>;
  byId: ReadonlyMap<string, CitableLaw>;
  /** Short names and aliases that count as a mention without 《》 when 第 follows. */
  bareNames: RegExp | undefined;
  /** First characters of those names, so most positions skip the regular expression. */
  bareInitials: ReadonlySet<string>;
}

export interface Citation {
  lawId: string;
  /** `1033` or `293之一`. */
  article: string;
  /** The citation says it is to a version no longer in force. */
  historical?: boolean;
  /** A repealed text cited for the older cases it still governs, which the paragraph names. */
  scoped?: boolean;
}

export type Segment = { text: string; citation?: Citation };

/** A run of text in one block; text inside links or code is read for context but never linked. */
export interface Piece {
  text: string;
  linkable: boolean;
}

export interface BlockResult {
  /** One list of segments per piece, in order; joined, each equals its piece's text. */
  segments: Segment[][];
  citations: Citation[];
  problems: string[];
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一千零三十三 → 1033; 十二 → 12. */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in chineseDigits) digit = chineseDigits[char] ?? 0;
    else if (char in chineseUnits) {
      total += (digit === 0 ? 1 : digit) * (chineseUnits[char] ?? 0);
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

/** `293之一` → `293-1`: the fragment of an article on its law page. */
export function articleAnchor(article: string): string {
  const [number, suffix] = article.split('之');
  return suffix ? `a${number}-${parseChineseNumber(suffix) ?? suffix}` : `a${number}`;
}

/** Order of articles on a law page: 293 < 293之一 < 294. */
export function compareArticles(a: string, b: string): number {
  const [numberA = '', suffixA = ''] = a.split('之');
  const [numberB = '', suffixB = ''] = b.split('之');
  return (
    Number(numberA) - Number(numberB) ||
    (parseChineseNumber(suffixA) ?? 0) - (parseChineseNumber(suffixB) ?? 0)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The citations found while rendering, handed to the build through the
 * document's frontmatter data (Astro keeps it as `rendered.metadata.frontmatter`),
 * so the content check need not read every article a second time.
 */
export const renderedCitationsKey = 'lawCitations';

/**
 * Whether a citation found in an earlier build still holds against today's
 * laws: Astro caches rendered articles, and a law file may have changed since.
 */
export function isStillValid(citation: Citation, index: LawIndex): boolean {
  const law = index.byId.get(citation.lawId);
  return (
    law !== undefined &&
    law.articles.has(citation.article) &&
    (law.status === '现行有效' ||
      citation.historical === true ||
      (citation.scoped === true && law.stillGoverns !== undefined))
  );
}

/** Whether a text could hold a citation at all: the cheap test before the real reading. */
export function mayCite(text: string): boolean {
  return /第[\d零〇一二两三四五六七八九十百千]{1,8}条/.test(text);
}

export function buildLawIndex(laws: readonly CitableLaw[]): LawIndex {
  const byName = new Map<string, CitableLaw[]>();
  for (const law of laws) {
    for (const name of new Set([law.title, law.short, ...law.aliases])) {
      byName.set(name, [...(byName.get(name) ?? []), law]);
    }
  }
  // Long titles are always written in 《》; only short names stand bare in prose. Longest first,
  // so 民诉法解释 wins over 民诉法.
  const bare = [...new Set(laws.flatMap((law) => [law.short, ...law.aliases]))]
    .filter((name) => name.length <= 12)
    .sort((a, b) => b.length - a.length);
  return {
    byName,
    byId: new Map(laws.map((law) => [law.id, law])),
    bareNames:
      bare.length > 0 ? new RegExp(`(?:${bare.map(escapeRegExp).join('|')})`, 'y') : undefined,
    bareInitials: new Set(bare.map((name) => name[0] ?? '')),
  };
}

const number = String.raw`(\d{1,4})`;
const suffix = String.raw`(之[一二三四五六七八九十])?`;
// Tried in this order at each 第: a range, a list, one article.
const rangePattern = new RegExp(
  String.raw`第${number}条?${suffix}\s*(?:至|[–—\-~～])\s*第?${number}条${suffix}`,
  'y',
);
const listPattern = new RegExp(String.raw`第${number}((?:\s*[、，,和及与]\s*第?\d{1,4})+)条`, 'y');
const singlePattern = new RegExp(String.raw`第${number}条${suffix}`, 'y');
const chineseNumeralArticle = /第[零〇一二两三四五六七八九十百千]+条/y;
const documentPattern = /《([^《》\n]{2,80})》(?:[（(]([^（）()\n]{1,60})[）)])?/y;
const parenthesisPattern = /[（(]([^（）()\n]{1,60})[）)]/y;
const historicalWords = /已废止|已修改|已失效|旧/;
const looksLikeVersion = /\d{4}\s*年|修正|修订|公布|〔\d{4}〕|\d+号/;

type Context =
  | { kind: 'none' }
  | { kind: 'law'; law: CitableLaw; historical: boolean; mention: string }
  | { kind: 'unusable'; mention: string; reason: string | undefined };

function chooseVersion(
  name: string,
  candidates: readonly CitableLaw[],
  parenthesis: string | undefined,
  mention: string,
): Context {
  const historical = parenthesis !== undefined && historicalWords.test(parenthesis);
  if (parenthesis !== undefined) {
    const chosen = candidates.find(
      (law) =>
        parenthesis.includes(law.version) ||
        (law.number !== undefined && parenthesis.includes(law.number)),
    );
    if (chosen) return { kind: 'law', law: chosen, historical, mention };
    if (looksLikeVersion.test(parenthesis)) {
      const known = candidates.map((law) => law.version).join('、');
      return {
        kind: 'unusable',
        mention,
        reason: `content/laws/ 里没有《${name}》“${parenthesis}”这个版本（收录的版本：${known}）`,
      };
    }
  }
  // A repealed text that still governs older cases is the one meant when nothing is in force
  // (担保法); whether the paragraph says which cases is checked where the article is resolved.
  const current =
    candidates.find((law) => law.status === '现行有效') ??
    candidates.find((law) => law.stillGoverns !== undefined);
  if (current)
    return {
      kind: 'law',
      law: current,
      historical: historical && current.status !== '现行有效',
      mention,
    };
  return {
    kind: 'unusable',
    mention,
    reason: `《${name}》收录的版本都已不再有效；引用旧版本时请在括号里写明版本和“已失效”`,
  };
}

/**
 * Reads one block (a paragraph, list item or table cell) and finds every
 * citation in it. Problems are sentences for the author, each quoting the
 * citation it is about.
 */
export function parseCitationBlock(pieces: readonly Piece[], index: LawIndex): BlockResult {
  let context: Context = { kind: 'none' };
  const citations: Citation[] = [];
  const problems: string[] = [];
  const segments: Segment[][] = [];
  let blockText: string | undefined;
  // A repealed text that still governs older cases is law for those cases only, so the
  // paragraph citing it must say which cases it means.
  const namesScope = (law: CitableLaw) =>
    law.stillGoverns?.scopeWords.some((words) =>
      (blockText ??= pieces.map((piece) => piece.text).join('')).includes(words),
    ) ?? false;

  const resolve = (label: string, articles: readonly string[]): Citation[] => {
    if (context.kind === 'none') {
      problems.push(
        `“${label}”前面没有写明是哪部法规：请在同一段里先写出名称，例如《民法典》${label}`,
      );
      return [];
    }
    if (context.kind === 'unusable') {
      problems.push(
        `“${context.mention}${label}”：${context.reason ?? `《${context.mention.replace(/^《|》.*$/g, '')}》不在 content/laws/ 里`}`,
      );
      return [];
    }
    const { law, historical, mention } = context;
    if (law.status !== '现行有效' && !historical && law.stillGoverns && !namesScope(law)) {
      problems.push(
        `“${mention}${label}”：《${law.short}》${law.status}，只适用于${law.stillGoverns.cases}；请在同一段写明适用范围（例如“${law.stillGoverns.scopeWords[0] ?? ''}”），或在括号里注明“${law.status}”作为历史引用`,
      );
      return [];
    }
    if (law.status !== '现行有效' && !historical && !law.stillGoverns) {
      problems.push(
        `“${mention}${label}”引用的是不再有效的版本（${law.version}，${law.status}）；请改引现行版本，或在括号里注明“已失效”`,
      );
      return [];
    }
    const found: Citation[] = [];
    const scoped = law.status !== '现行有效' && !historical;
    for (const article of articles) {
      if (law.articles.has(article))
        found.push(
          historical
            ? { lawId: law.id, article, historical }
            : scoped
              ? { lawId: law.id, article, scoped }
              : { lawId: law.id, article },
        );
      else
        problems.push(
          `“${mention}${label}”：content/laws/${law.id}.yaml 没有收录第${article}条的原文`,
        );
    }
    return found;
  };

  for (const piece of pieces) {
    const out: Segment[] = [];
    const text = piece.text;
    let plainStart = 0;
    let position = 0;
    const flushPlain = (end: number) => {
      if (end > plainStart) out.push({ text: text.slice(plainStart, end) });
    };
    const emit = (start: number, end: number, citation: Citation | undefined) => {
      flushPlain(start);
      out.push(
        citation && piece.linkable
          ? { text: text.slice(start, end), citation }
          : { text: text.slice(start, end) },
      );
      plainStart = end;
    };

    while (position < text.length) {
      const char = text[position];
      if (char === '《') {
        documentPattern.lastIndex = position;
        const match = documentPattern.exec(text);
        if (match) {
          const name = match[1] ?? '';
          const candidates = index.byName.get(name);
          context = candidates
            ? chooseVersion(name, candidates, match[2], match[0])
            : { kind: 'unusable', mention: match[0], reason: undefined };
          position = documentPattern.lastIndex;
          continue;
        }
      }
      if (char === '第') {
        rangePattern.lastIndex = position;
        const range = rangePattern.exec(text);
        if (range) {
          const from = Number(range[1]);
          const to = Number(range[3]);
          const label = range[0];
          if (to <= from || to - from > 50) {
            problems.push(`“${label}”不是有效的条文范围`);
          } else {
            const articles = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
            const cited = resolve(label, articles);
            citations.push(...cited);
            // The two ends are the visible citations; link each to its own article.
            const endOffset = label.lastIndexOf('第');
            emit(
              position,
              position + endOffset,
              cited.find((c) => c.article === String(from)),
            );
            emit(
              position + endOffset,
              position + label.length,
              cited.find((c) => c.article === String(to)),
            );
          }
          position += label.length;
          continue;
        }
        listPattern.lastIndex = position;
        const list = listPattern.exec(text);
        if (list) {
          const label = list[0];
          const numbers = [...label.matchAll(/\d{1,4}/g)];
          const cited = resolve(
            label,
            numbers.map((m) => m[0]),
          );
          citations.push(...cited);
          // 第103、104条: "第103" and "104条" each link to their own article.
          let cursor = 0;
          numbers.forEach((m, i) => {
            const start = i === 0 ? 0 : (m.index ?? 0);
            const end = i === numbers.length - 1 ? label.length : (m.index ?? 0) + m[0].length;
            if (start > cursor) emit(position + cursor, position + start, undefined);
            emit(
              position + start,
              position + end,
              cited.find((c) => c.article === m[0]),
            );
            cursor = end;
          });
          position += label.length;
          continue;
        }
        singlePattern.lastIndex = position;
        const single = singlePattern.exec(text);
        if (single) {
          const article = `${single[1]}${single[2] ?? ''}`;
          const cited = resolve(single[0], [article]);
          citations.push(...cited);
          emit(position, position + single[0].length, cited[0]);
          position += single[0].length;
          continue;
        }
        chineseNumeralArticle.lastIndex = position;
        const chinese = chineseNumeralArticle.exec(text);
        if (chinese && context.kind !== 'none' && /[》）)]\s*$/.test(text.slice(0, position))) {
          problems.push(`“${chinese[0]}”：条号请写成阿拉伯数字，例如第1033条，才能链接到原文`);
        }
      }
      if (index.bareNames && index.bareInitials.has(char ?? '')) {
        const bare = index.bareNames;
        bare.lastIndex = position;
        const name = bare.exec(text);
        if (name) {
          const after = position + name[0].length;
          parenthesisPattern.lastIndex = after;
          const parenthesis = parenthesisPattern.exec(text);
          const next = parenthesis ? parenthesisPattern.lastIndex : after;
          if (text[next] === '第') {
            context = chooseVersion(
              name[0],
              index.byName.get(name[0]) ?? [],
              parenthesis?.[1],
              text.slice(position, next),
            );
            position = next;
            continue;
          }
        }
      }
      position += 1;
    }
    flushPlain(text.length);
    segments.push(out);
  }
  return { segments, citations, problems };
}
