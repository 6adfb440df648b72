import { defineConfig } from '@playwright/test';

// Every test starts its own bridge on a fresh database (tests/e2e/fixtures.ts), so there is no
// shared webServer. Requires `vite build` and `node scripts/build-node.mjs` first.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The JSON report feeds the one-line summary .ci/run prints.
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-results.json' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
