/** Wall time and peak memory of a child process tree, and sizes on disk. Linux only (reads /proc). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RunMeasurement {
  seconds: number;
  peakRssMb: number;
  output: string;
}

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++)
    tree.push(...(children.get(tree[index] ?? -1) ?? []));
  return tree;
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export function runMeasured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<RunMeasurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakKb = 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const total = processTree(child.pid).reduce((sum, pid) => sum + rssKb(pid), 0);
      peakKb = Math.max(peakKb, total);
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds, peakRssMb: peakKb / 1024, output });
    });
  });
}

export function directorySize(directory: string): number {
  return readdirSync(directory).reduce((sum, name) => {
    const full = join(directory, name);
    const stats = statSync(full);
    return sum + (stats.isDirectory() ? directorySize(full) : stats.size);
  }, 0);
}
