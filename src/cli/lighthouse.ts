/**
 * npm run lighthouse: serves the built dist/ with `astro preview`, runs
 * Lighthouse (mobile settings) on the home page, an article and search in
 * the system Chromium, and prints the four scores. A report, not a test:
 * Lighthouse's performance score moves with machine load.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4390);
const base = `http://localhost:${port}`;
const pages = ['/', '/articles/first-steps/', '/search/?q=催收'];
const chromePath =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function waitForServer(url: string, attempts = 60): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not start`);
}

const server = spawn('npx', ['astro', 'preview', '--port', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  detached: true,
});

try {
  await waitForServer(`${base}/`);
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
    ],
  });
  try {
    const rows: string[] = [
      '| 页面 | Performance | Accessibility | Best Practices | SEO |',
      '| --- | ---: | ---: | ---: | ---: |',
    ];
    for (const path of pages) {
      const result = await lighthouse(`${base}${encodeURI(path)}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push(
        `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
      );
      // Name what costs points, so a score below 100 says where to look.
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
        )
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      if (failing.length > 0) console.error(`${path}: ${failing.join(', ')}`);
    }
    console.log(rows.join('\n'));
  } finally {
    chrome.kill();
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
