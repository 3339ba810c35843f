/**
 * The words a shard must know so that splitting the index changes no result
 * (see `vocabularyFilter` in ./pagefind-shards.ts): every Han character and
 * every other word of the text Pagefind indexes. Pagefind matches each Chinese
 * query character, and any other query word, as the start of a word, so a
 * record holding each character alone and each other word whole matches
 * whatever some page of the site matches.
 */

/**
 * Elements whose text Pagefind never indexes, besides those marked
 * data-pagefind-ignore, and those it separates from their neighbours (the
 * text of any other element runs on into the next, so LPR</a>4 is one word),
 * as Pagefind's own parser lists them (pagefind/src/fossick/parser.rs).
 */
const unindexedTags = new Set(
  'head style script noscript label form svg footer nav iframe template'.split(' '),
);
const separatingTags = new Set('h1 h2 h3 h4 h5 h6 p td div ul li article section br'.split(' '));
/** Elements with no closing tag. */
const voidTags = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
);

/**
 * The text Pagefind indexes on a page: inside data-pagefind-body, minus what is
 * marked data-pagefind-ignore, plus the values given in data-pagefind-meta;
 * undefined for a page without data-pagefind-body, which Pagefind skips. A tag
 * scanner rather than a DOM: it runs over every page of a large site, and the
 * built pages are well-formed (html-validate checks them).
 */
export function searchableText(html: string): string | undefined {
  const parts: string[] = [];
  let marked = false;
  // Depth of the open elements, and where the body and an ignored element started.
  let depth = 0;
  let bodyDepth = -1;
  let ignoredDepth = -1;
  const tokens = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g;
  for (const [, closing, name, attributes = '', text] of html.matchAll(tokens)) {
    if (text !== undefined) {
      if (bodyDepth >= 0 && ignoredDepth < 0) parts.push(decodeEntities(text));
      continue;
    }
    if (!name) continue;
    const tag = name.toLowerCase();
    if (separatingTags.has(tag) && bodyDepth >= 0 && ignoredDepth < 0) parts.push(' ');
    if (closing) {
      depth--;
      if (depth < ignoredDepth) ignoredDepth = -1;
      if (depth < bodyDepth) bodyDepth = -1;
      continue;
    }
    if (voidTags.has(tag) || attributes.endsWith('/')) continue;
    depth++;
    if (bodyDepth < 0 && /\sdata-pagefind-body(?=[\s=/]|$)/.test(attributes)) {
      bodyDepth = depth;
      marked = true;
    }
    if (bodyDepth < 0 || ignoredDepth >= 0) continue;
    if (unindexedTags.has(tag) || /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes)) {
      ignoredDepth = depth;
      continue;
    }
    const meta = /\sdata-pagefind-meta="([^"]*)"/.exec(attributes)?.[1];
    if (meta) parts.push(' ', ...metaValues(decodeEntities(meta)).map((value) => `${value} `));
  }
  return marked ? parts.join('') : undefined;
}

/** "title" names the element's own text (already taken); "name:value, name2:value2" gives values. */
function metaValues(attribute: string): string[] {
  return attribute
    .split(',')
    .map((entry) => entry.split(':').slice(1).join(':'))
    .filter(Boolean);
}

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    const point =
      code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return String.fromCodePoint(point);
  });
}

/** Adds the words of `text` to `into`: each Han character alone, every other run of letters and digits lower-cased. */
export function collectWords(text: string, into: Set<string>): Set<string> {
  const words = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
  for (const [word] of text.normalize('NFKC').matchAll(words)) into.add(word.toLowerCase());
  return into;
}
