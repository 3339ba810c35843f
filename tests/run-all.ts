/**
 * `npm test`: every stage in order, each announced before it starts and timed
 * when it ends, then a table of the times. A stage that fails stops the run
 * (its own output says why) and the table says which one. Stages run the same
 * npm scripts a developer can run alone.
 */
import { spawnSync } from 'node:child_process';

const stages = [
  { script: 'check', label: '类型检查与格式（astro check、Prettier）' },
  { script: 'test:unit', label: '单元测试（Vitest）' },
  { script: 'build', label: '构建网站与搜索索引（Astro、Pagefind）' },
  { script: 'test:dist', label: '检查构建结果（链接、HTML、体积、引用）' },
  { script: 'test:e2e', label: '浏览器端到端测试（Playwright + Chromium）' },
  { script: 'bench:smoke', label: '规模基准冒烟运行' },
];

const minutes = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
};

const done: { label: string; ms: number; ok: boolean }[] = [];
const started = Date.now();
for (const [index, stage] of stages.entries()) {
  console.log(`\n── ${index + 1}/${stages.length} ${stage.label}：npm run ${stage.script} ──`);
  const stageStart = Date.now();
  const result = spawnSync('npm', ['run', '--silent', stage.script], { stdio: 'inherit' });
  const ok = result.status === 0;
  done.push({ label: stage.label, ms: Date.now() - stageStart, ok });
  console.log(
    `── ${ok ? '完成' : '失败'}：${stage.label}，用时 ${minutes(Date.now() - stageStart)} ──`,
  );
  if (!ok) break;
}

console.log('\n各阶段用时：');
for (const stage of done)
  console.log(`  ${stage.ok ? '✓' : '✗'} ${minutes(stage.ms).padStart(7)}  ${stage.label}`);
console.log(`  合计 ${minutes(Date.now() - started)}`);
process.exit(done.every((stage) => stage.ok) && done.length === stages.length ? 0 : 1);
