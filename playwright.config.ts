/**
 * End-to-end journeys in Debian's Chromium against the built server on a
 * fresh database with the demo network (tests/e2e/support/serve.ts).
 * `auth.setup.ts` signs in once per role; the journeys reuse those sessions,
 * which keeps them under the sign-in rate limit.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their journeys side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3917);
// The project's pinned Node (runs .ts directly) when installed; otherwise the one running Playwright.
const pinnedNode = path.resolve(import.meta.dirname, 'node_modules/.bin/node');
const node = existsSync(pinnedNode) ? pinnedNode : process.execPath;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // The JSON report feeds the pass/fail summary line that CI prints (scripts/test-summary.ts).
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    // better-auth trusts the public URL's origin, which `serve --port` makes http://localhost:PORT.
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', testMatch: /\.spec\.ts$/, dependencies: ['setup'] },
  ],
  webServer: {
    command: `"${node}" tests/e2e/support/serve.ts ${PORT}`,
    url: `http://localhost:${PORT}/api/v1/terms?kind=service`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
