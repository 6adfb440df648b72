import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    environment: 'node',
    // Builds out/main/worker.cjs so import/export/backup tests use the real worker.
    globalSetup: ['tests/fixtures/build-worker.setup.ts'],
    // Native better-sqlite3 in forks is the most robust pool on 2 cores.
    pool: 'forks',
    testTimeout: 30_000,
    // The JSON report feeds the one-line summary .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-results.json' },
  },
});
