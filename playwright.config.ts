import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Where Chromium lives. PLAYWRIGHT_CHROMIUM_PATH wins; otherwise Debian's
 * /usr/bin/chromium if installed (machines that cannot download browsers);
 * otherwise Playwright's own build from `npx playwright install chromium`.
 */
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const port = Number(process.env.PREVIEW_PORT ?? 4321);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      // The sandboxed machines this runs on have no network: stop Chromium calling home.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    locale: 'zh-CN',
  },
  projects: [
    // A small, common phone width; pages must also hold at 320 px (see layout.spec.ts).
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 375, height: 812 } } },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      // The whole-site sweep runs once, at phone width, where sideways scrolling can happen;
      // axe, privacy and the help line do not change with width.
      testIgnore: /site-sweep\.spec\.ts/,
    },
  ],
  webServer: {
    // Serves the already built dist/ (npm test builds it first), as a reader's browser would get it.
    command: `npx astro preview --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  },
});
