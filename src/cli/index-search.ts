/**
 * npm run build, second step: writes the search index for the built site.
 *
 *   node --import ./src/cli/ts-imports.ts src/cli/index-search.ts [--site dist]
 *     [--max-pages-per-shard N]   smaller shards, so tests can see a site of several
 *
 * Pagefind indexes the pages marked data-pagefind-body, in shards of at most
 * `maxPagesPerShard` pages (src/lib/search/shard-plan.ts), one Pagefind
 * process per shard so each shard's memory is returned before the next one
 * starts. The first shard is Pagefind's ordinary bundle at <site>/pagefind/;
 * the others go to <site>/pagefind/shard/N/ and are listed in
 * <site>/pagefind/shards.json, which the search page reads to merge them
 * (src/lib/search/pagefind-shards.ts).
 */
import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import {
  shardDirectory,
  shardManifestName,
  vocabularyFilter,
} from '../lib/search/pagefind-shards.ts';
import { collectWords, searchableText } from '../lib/search/shard-vocabulary.ts';
import { maxPagesPerShard, planShards } from '../lib/search/shard-plan.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    'max-pages-per-shard': { type: 'string', default: String(maxPagesPerShard) },
  },
});
const site = values.site;
const pagesPerShard = Number(values['max-pages-per-shard']);
const bundle = join(site, 'pagefind');
/** Files handed to Pagefind at once: enough to keep its two threads busy. */
const filesInFlight = 8;

function fail(message: string): never {
  console.error(`搜索索引没有生成：${message}`);
  process.exit(1);
}

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return path === bundle ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Bundle files only the first shard needs: merged shards use its script and WebAssembly. */
const isSharedAsset = (name: string) => /\.(js|css)$|^wasm\./.test(name);

interface Vocabulary {
  words: Set<string>;
  language: string;
}

async function writeShard(
  files: string[],
  output: string,
  keepAssets: boolean,
  vocabulary: Vocabulary | undefined,
) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(errors.join('\n'));
  if (vocabulary) {
    const added = await index.addCustomRecord({
      url: `/pagefind/${vocabularyFilter.name}/`,
      content: [...vocabulary.words].join(' '),
      language: vocabulary.language,
      filters: { [vocabularyFilter.name]: [vocabularyFilter.value] },
    });
    if (added.errors.length > 0) fail(added.errors.join('\n'));
  }
  for (let start = 0; start < files.length; start += filesInFlight) {
    await Promise.all(
      files.slice(start, start + filesInFlight).map(async (file) => {
        const sourcePath = relative(site, file).split(sep).join('/');
        const added = await index.addHTMLFile({ sourcePath, content: readFileSync(file, 'utf8') });
        if (added.errors.length > 0) fail(`${file}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) fail(written.errors.join('\n'));
  // Pagefind runs as one process per service; closing it gives this shard's memory back.
  await pagefind.close();
  if (!keepAssets) {
    for (const name of readdirSync(output)) if (isSharedAsset(name)) unlinkSync(join(output, name));
  }
}

const started = performance.now();
const pages: string[] = [];
const words = new Set<string>();
let language = '';
for (const file of htmlFiles(site).sort()) {
  const html = readFileSync(file, 'utf8');
  // Only pages marked data-pagefind-body go to Pagefind: it decides per index whether the
  // mark is in use, so a shard holding none of them would index its pages whole.
  const text = searchableText(html);
  if (text === undefined) continue;
  pages.push(file);
  collectWords(text, words);
  language ||= /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.toLowerCase() ?? '';
}
if (!Number.isInteger(pagesPerShard) || pagesPerShard < 1) {
  fail(`--max-pages-per-shard 要写成正整数，不是“${values['max-pages-per-shard']}”`);
}
if (pages.length === 0) fail(`${site} 里没有标了 data-pagefind-body 的页面，先运行 astro build`);

rmSync(bundle, { recursive: true, force: true });
const shards = planShards(pages, pagesPerShard);
const others: string[] = [];
for (const [number, files] of shards.entries()) {
  const directory = number === 0 ? '' : shardDirectory(number);
  // One shard has every word already; only split indexes need the vocabulary record.
  const vocabulary = shards.length > 1 ? { words, language } : undefined;
  await writeShard(files, join(bundle, directory), number === 0, vocabulary);
  if (number > 0) others.push(directory);
}
writeFileSync(join(bundle, shardManifestName), `${JSON.stringify(others)}\n`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Indexed ${pages.length} pages in ${shards.length} shard${shards.length === 1 ? '' : 's'} (${shards.map((shard) => shard.length).join(' + ')}) in ${seconds} s`,
);
