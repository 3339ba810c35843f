/**
 * npm run bench — how the build and search scale with the number of articles.
 *
 *   node tests/bench/run.ts                   N = 100, 1,000, 10,000 → tests/bench/results.md
 *   node tests/bench/run.ts --sizes 200 --smoke   quick check that the benchmark still works
 *   node tests/bench/run.ts --sizes 10000 --keep  also keep the built site, to profile it
 *
 * For each N: copy the site's content and add N clones of its own articles
 * (real-length pages, tests/bench/real-articles.ts), build it with Astro and
 * index it with Pagefind, then build the floor (tests/bench/floor/: one bare
 * Astro page per article, Pagefind over the whole page) from the same files;
 * each stage timed, with peak memory. Then measure dist/ and the index and
 * time a fixed set of searches in Chromium.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { directorySize, runMeasured } from './measure.ts';
import { measureQueries, typingMs, type QueryCost } from './query-cost.ts';
import { serveDirectory } from '../lib/static-server.ts';
import { writeRealCorpus } from './real-articles.ts';

const root = resolve(import.meta.dirname, '../..');
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const smoke = process.argv.includes('--smoke');
const keep = process.argv.includes('--keep');
const sizes = (argument('--sizes') ?? '100,1000,10000').split(',').map(Number);
const output = argument('--out') ?? (smoke ? undefined : join(root, 'tests/bench/results.md'));
const queries = ['催收', '征信', '协商', '法院', '利息', '分期还款', '个人信息', '录音'];

interface Row {
  articles: number;
  astroSeconds: number;
  astroPeakMb: number;
  pagefindSeconds: number;
  pagefindPeakMb: number;
  floorAstroSeconds: number;
  floorPagefindSeconds: number;
  floorPeakMb: number;
  distMb: number;
  indexMb: number;
  pages: number;
  queries: QueryCost[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function benchmark(count: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  try {
    const content = join(work, 'content');
    writeRealCorpus(join(root, 'content'), content, count);
    const dist = join(work, 'dist');
    const env = {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    };
    console.error(`[bench] ${count} articles: astro build…`);
    // Run the tools with this Node (24), whatever `node` the shell would find first.
    const astroCli = join(root, 'node_modules/astro/bin/astro.mjs');
    const pagefindCli = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
    const astro = await runMeasured(
      process.execPath,
      [astroCli, 'build', '--outDir', dist],
      env,
      root,
    );
    console.error(`[bench] ${count} articles: search index…`);
    const pagefind = await runMeasured(
      process.execPath,
      ['--import', './src/cli/ts-imports.ts', 'src/cli/index-search.ts', '--site', dist],
      env,
      root,
    );
    const pages = Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? 0);

    // The floor: the same Markdown, a bare page each, Pagefind over the whole page.
    const floorDist = join(work, 'floor-dist');
    const floorEnv = {
      ...env,
      FLOOR_ARTICLES: join(content, 'articles'),
      ASTRO_CACHE_DIR: join(work, 'floor-cache'),
    };
    console.error(`[bench] ${count} articles: floor astro build…`);
    const floorAstro = await runMeasured(
      process.execPath,
      [astroCli, 'build', '--root', join(root, 'tests/bench/floor'), '--outDir', floorDist],
      floorEnv,
      root,
    );
    console.error(`[bench] ${count} articles: floor pagefind…`);
    const floorPagefind = await runMeasured(
      process.execPath,
      [pagefindCli, '--site', floorDist],
      floorEnv,
      root,
    );

    const { server, origin } = await serveDirectory(dist);
    let costs: QueryCost[];
    try {
      costs = await measureQueries(origin, queries);
    } finally {
      server.close();
    }
    return {
      articles: count,
      astroSeconds: astro.seconds,
      astroPeakMb: astro.peakRssMb,
      pagefindSeconds: pagefind.seconds,
      pagefindPeakMb: pagefind.peakRssMb,
      floorAstroSeconds: floorAstro.seconds,
      floorPagefindSeconds: floorPagefind.seconds,
      floorPeakMb: Math.max(floorAstro.peakRssMb, floorPagefind.peakRssMb),
      distMb: directorySize(dist) / 1024 / 1024,
      indexMb: directorySize(join(dist, 'pagefind')) / 1024 / 1024,
      pages,
      queries: costs,
    };
  } finally {
    if (keep) console.error(`[bench] kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  const lines = [
    '| 加入的文章 | 索引页数 | Astro 构建 (s) | Astro 峰值内存 (MB) | Pagefind (s) | Pagefind 峰值内存 (MB) | 底线：构建 + 索引 (s) | 底线峰值内存 (MB) | 用时 ÷ 底线 | dist (MB) | 索引 (MB) | 首次搜索下载 中位/最多 (KB) | 首次搜索首个结果 中位/最慢 (ms) | 聚焦后输入的第一次查询 首个结果 中位/最慢 (ms) | 之后每次搜索下载 中位/最多 (KB) | 之后每次搜索首个结果 中位/最慢 (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const spread = (values: number[], digits: number) =>
      `${fixed(median(values), digits)} / ${fixed(Math.max(...values), digits)}`;
    const cost = (phase: 'cold' | 'warm') =>
      `${spread(
        row.queries.map((q) => q[phase].bytes / 1024),
        1,
      )} | ${spread(
        row.queries.map((q) => q[phase].milliseconds),
        0,
      )}`;
    const floor = row.floorAstroSeconds + row.floorPagefindSeconds;
    const ratio = (row.astroSeconds + row.pagefindSeconds) / floor;
    lines.push(
      `| ${row.articles.toLocaleString('en')} | ${row.pages.toLocaleString('en')} | ${fixed(row.astroSeconds)} | ${fixed(row.astroPeakMb, 0)} | ${fixed(row.pagefindSeconds)} | ${fixed(row.pagefindPeakMb, 0)} | ${fixed(floor)} | ${fixed(row.floorPeakMb, 0)} | ${fixed(ratio, 2)} | ${fixed(row.distMb)} | ${fixed(row.indexMb, 2)} | ${cost('cold')} | ${spread(
        row.queries.map((q) => q.typed.milliseconds),
        0,
      )} | ${cost('warm')} |`,
    );
  }
  return lines.join('\n');
}

const fileKinds: [RegExp, string][] = [
  [/\.pf_index$/, '索引分片'],
  [/\.pf_fragment$/, '结果片段'],
  [/\.pf_meta$/, '页面元数据'],
  [/\.pf_filter$/, '筛选数据'],
  [/wasm/, 'WebAssembly'],
  [/\.js$/, '脚本'],
  [/\.json$/, '入口文件'],
];

/** One line per kind of file, e.g. "3 个索引分片 240.0 KB（最大 97.3 KB）". */
function breakdown(files: QueryCost['warm']['files']): string {
  const groups = new Map<string, number[]>();
  for (const file of files) {
    const kind = fileKinds.find(([pattern]) => pattern.test(file.path))?.[1] ?? '其他';
    groups.set(kind, [...(groups.get(kind) ?? []), file.bytes]);
  }
  return [...groups]
    .map(([kind, sizes]) => {
      const total = sizes.reduce((a, b) => a + b, 0);
      const largest =
        sizes.length > 1 ? `（最大 ${(Math.max(...sizes) / 1024).toFixed(1)} KB）` : '';
      const spaced = /^[A-Za-z]/.test(kind) ? ` ${kind}` : kind;
      return `${sizes.length} 个${spaced} ${(total / 1024).toFixed(1)} KB${largest}`;
    })
    .join(' + ');
}

/** Where the bytes of the heaviest search go, per N: the profile behind the table. */
function heaviest(rows: Row[]): string[] {
  return rows.map((row) => {
    const worst = row.queries.reduce((a, b) => (b.warm.bytes > a.warm.bytes ? b : a));
    const coldOnly = worst.cold.files.filter(
      (file) => !worst.warm.files.some((warm) => warm.path === file.path),
    );
    return `- ${row.articles.toLocaleString('en')} 篇：最重的查询“${worst.query}”之后每次 ${(worst.warm.bytes / 1024).toFixed(1)} KB = ${breakdown(worst.warm.files)}；首次搜索另加 ${breakdown(coldOnly)}。`;
  });
}

const rows: Row[] = [];
for (const size of sizes) rows.push(await benchmark(size));

const machine = `${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GiB，Node ${process.version}`;
const report = [
  '# 规模基准测试结果',
  '',
  `由 \`npm run bench\` 生成，${new Date().toISOString().slice(0, 10)}；机器：${machine}。`,
  '',
  table(rows),
  '',
  '“加入的文章”是在本站全部内容之外加入的文章数：依次复制本站自己的文章（换标题和网址），所以页面长短、标题、引用和链接的分布和真实站点一样。“底线”是同一批 Markdown 各生成一个最简单的 Astro 页面、Pagefind 索引整个页面所用的时间和峰值内存（`tests/bench/floor/`），“用时 ÷ 底线”是真实构建加索引的用时与底线之比。',
  '',
  `搜索词：${queries.join('、')}。每个词在新的浏览器上下文里冷启动测量（无缓存），下载量为 Pagefind 为这次搜索下载的全部文件（脚本、WebAssembly、索引分片、结果片段）的传输字节，本地服务器像静态托管一样 gzip 压缩脚本、HTML 和 JSON，Pagefind 的索引文件本身已压缩。“首个结果”从发起查询算起，到第一条结果的数据可用为止。“首次搜索”从零开始，包括下载 Pagefind 的脚本和 WebAssembly：读者带着查询打开搜索页（比如从页头的搜索框）就是这样。“聚焦后输入的第一次查询”是读者在搜索页上点进搜索框再输入：搜索页在聚焦时就开始加载 Pagefind，这里先等 ${(typingMs / 1000).toFixed(1)} 秒代表输入一个查询的时间，Pagefind 的启动在这段时间里完成，但还没有搜过任何词。“之后每次搜索”是先搜过另一个词、Pagefind 已就绪后的代价。`,
  '',
  '下载的字节花在哪里：',
  '',
  ...heaviest(rows),
  '',
].join('\n');
console.log(report);

if (smoke) {
  // The smoke run asserts that the benchmark works, never how fast it is.
  const [row] = rows;
  // Search indexes the site's own pages (articles, questions, products, help) and every clone.
  const helpPages = readdirSync(join(root, 'src/pages/help')).filter((name) =>
    name.endsWith('.astro'),
  ).length;
  const problems = [
    row && row.pages >= row.articles + helpPages
      ? ''
      : `indexed ${row?.pages} pages for ${row?.articles} added articles and ${helpPages} help pages`,
    row && row.queries.every((q) => q.cold.results > 0 && q.warm.results > 0)
      ? ''
      : 'a benchmark query found nothing',
    row && row.distMb > 0 && row.indexMb > 0 ? '' : 'dist/ or the index is empty',
  ].filter(Boolean);
  if (problems.length > 0) {
    console.error(`bench smoke failed: ${problems.join('; ')}`);
    process.exit(1);
  }
}
// Written as Prettier would write it, so `npm run check` stays green after a benchmark run.
if (output) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(output)) ?? {};
  writeFileSync(output, await prettier.format(report, { ...options, filepath: output }));
}
