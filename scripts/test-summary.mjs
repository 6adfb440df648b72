// Prints one plain line "N passed, N failed[, N skipped]" from vitest's and Playwright's JSON
// reports. A stage that failed before writing its report (lint, typecheck, build) counts as one
// failure, so a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;

function read(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = read('.tmp/vitest-results.json');
if (vitest) {
  reports++;
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

const playwright = read('.tmp/playwright-results.json');
if (playwright?.stats) {
  reports++;
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
}

if (status !== 0 && failed === 0) failed = 1;
if (reports < 2 && status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
