/**
 * Bad content must stop the build with a message that names the file and the
 * field. Each case copies the valid fixture, overlays one broken file from
 * tests/fixtures/content/bad/<case>/, and runs a real `astro build` on it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');
const astro = join(root, 'node_modules/.bin/astro');
const workDirs: string[] = [];

interface BuildOutcome {
  ok: boolean;
  output: string;
  dist: string;
}

async function buildWith(badCase: string | undefined): Promise<BuildOutcome> {
  const work = await mkdtemp(join(tmpdir(), 'content-case-'));
  workDirs.push(work);
  const content = join(work, 'content');
  await cp(join(fixtures, 'valid'), content, { recursive: true });
  // The real laws: tool pages and the facts list cite them whatever the articles are.
  await cp(join(root, 'content/laws'), join(content, 'laws'), { recursive: true });
  if (badCase) await cp(join(fixtures, 'bad', badCase), content, { recursive: true });
  try {
    const { stdout, stderr } = await run(astro, ['build', '--outDir', join(work, 'dist')], {
      cwd: root,
      env: {
        ...buildEnvironment(),
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    return { ok: true, output: stdout + stderr, dist: join(work, 'dist') };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, dist: join(work, 'dist') };
  }
}

/**
 * A clean environment for the child build. Vitest exports NODE_ENV=test and
 * copies of import.meta.env (DEV, PROD, SITE…) into process.env; a build that
 * inherits them turns into a dev build and publishes drafts.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'SystemRoot'];
  return Object.fromEntries(
    keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])),
  );
}

afterAll(async () => {
  await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// Tests within a file run one at a time: the builds share the project's generated types folder.
describe('content errors stop the build', { timeout: 120_000 }, () => {
  it('builds the valid fixture, leaving the draft out', async () => {
    const outcome = await buildWith(undefined);
    expect(outcome.ok, outcome.output).toBe(true);
    expect(outcome.output).toContain('/articles/alpha/index.html');
    expect(outcome.output).not.toContain('/articles/draft/');
    // A repealed law that still governs older cases links like any other where its scope is said.
    const gamma = await readFile(join(outcome.dist, 'articles/gamma/index.html'), 'utf8');
    expect(gamma).toContain('href="/laws/danbao-fa/#a19"');
    // A question page answers first, cites like an article and is listed by the article it names.
    const question = await readFile(join(outcome.dist, 'questions/how-long/index.html'), 'utf8');
    expect(question).toContain('法律没有规定天数');
    expect(question).toContain('href="/laws/minfadian/#a188"');
    const alpha = await readFile(join(outcome.dist, 'articles/alpha/index.html'), 'utf8');
    expect(alpha).toContain('href="/questions/how-long/"');
  });

  it.each([
    ['missing-title', ['articles/beta.md', 'title', '必须填写']],
    ['unknown-field', ['articles/beta.md', 'publised']],
    ['impossible-date', ['articles/beta.md', 'updated', '“2024-13-45”不是真实存在的日期']],
    ['unknown-category', ['articles/beta.md', 'category', '分类“nowhere”不存在']],
    ['empty-body', ['articles/beta.md', '正文是空的']],
    ['broken-link', ['articles/beta.md', '链接', '不存在的文章“no-such-article”']],
    ['duplicate-slug', ['articles/beta.md', 'articles/more/beta.md', 'beta']],
    [
      'law-unknown-document',
      ['articles/beta.md', '引用', '《催收自律公约》第12条', '不在 content/laws/ 里'],
    ],
    [
      'law-missing-article',
      ['articles/beta.md', '引用', '《征信业管理条例》第99条', '没有收录第99条的原文'],
    ],
    [
      'law-repealed-as-current',
      ['articles/beta.md', '引用', '《治安管理处罚法》（2012年修正）第42条', '不再有效的版本'],
    ],
    [
      'law-repealed-without-scope',
      [
        'articles/beta.md',
        '引用',
        '《担保法》第19条',
        '只适用于2021年1月1日以前订立的保证合同',
        '请在同一段写明适用范围',
      ],
    ],
    ['law-missing-status', ['laws/zhengxin-tiaoli.yaml', 'status']],
    ['homepage-source', ['articles/beta.md', 'sources', '网站首页']],
    [
      'question-missing-article',
      ['questions/how-long.md', 'articles', '文章“no-such-article”不存在'],
    ],
    [
      'platform-fact-without-source',
      [
        'platforms/some-loan.yaml',
        'operator.sources',
        'confirmed 要有平台、出借方或监管部门的文件作出处',
      ],
    ],
  ])('%s: fails naming the file and the field', async (badCase, expected) => {
    const outcome = await buildWith(badCase);
    expect(outcome.ok, outcome.output).toBe(false);
    for (const text of expected) expect(outcome.output).toContain(text);
  });
});
