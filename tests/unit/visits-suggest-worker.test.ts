import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open-database';
import { createHandlers } from '../../main/handlers';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { AppError } from '../../main/services/errors';
import {
  createSuggestRunner,
  workerSuggestRunner,
  type SuggestRunner,
} from '../../main/services/visits/suggest-runner';
import type { VisitSuggestions } from '../../shared/domain/visit';
import { fixedClock } from '../helpers/test-db';

// The real worker, bundled as scripts/build-node.mjs does, into a folder of its own so the
// test never depends on (or races with) whatever is in out/. Inside the project, so the
// bundle finds node_modules/better-sqlite3 as out/main/ does.
mkdirSync('.tmp', { recursive: true });
const bundleDir = resolve(mkdtempSync(join('.tmp', 'suggest-bundle-')));
const workerFile = join(bundleDir, 'suggest-worker.cjs');

beforeAll(async () => {
  await build({
    entryPoints: ['main/services/visits/suggest-worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
  });
});
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
});

const NOW = '2026-03-15T08:00:00.000Z';
let dir: string;
let db: Db;
const runners: SuggestRunner[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-suggest-'));
  db = await openDatabase(join(dir, 'kemai.db'));
  const insert = db.raw.prepare(
    `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier, province,
       city, created_at, updated_at)
     VALUES (?, 'person', ?, '', '', 'active', ?, '四川', ?, ?, ?)`,
  );
  insert.run('c1', '成都VIP', 'vip', '成都市', '2026-01-01T00:00:00.000Z', NOW);
  insert.run('c2', '绵阳普通', 'ordinary', '绵阳市', '2025-10-01T00:00:00.000Z', NOW);
  insert.run('c3', '成都重要', 'important', '成都', '2026-01-20T00:00:00.000Z', NOW);
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.close()));
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function names(s: VisitSuggestions): string[] {
  return s.groups.flatMap((g) => g.customers.map((c) => `${c.name} ${c.overdueDays}`));
}

describe('visits.suggest in a worker thread', () => {
  it('answers what the in-process query answers, at the caller’s "now"', async () => {
    const worker = createSuggestRunner(
      { db, clock: fixedClock(NOW), emit: () => undefined },
      workerFile,
    );
    runners.push(worker);
    expect(worker.mode).toBe('worker');
    const inline = createSuggestRunner({ db, clock: fixedClock(NOW), emit: () => undefined }, null);
    expect(inline.mode).toBe('in-process');

    const now = new Date(NOW);
    const fromWorker = await worker.suggest({}, now);
    expect(fromWorker).toEqual(await inline.suggest({}, now));
    // VIP due 2026-01-15 (59 days), ordinary due 2025-12-30 (75), important due 2026-02-19 (24).
    expect(names(fromWorker)).toEqual(['绵阳普通 75', '成都VIP 59', '成都重要 24']);
    expect(names(await worker.suggest({ city: '成都' }, now))).toEqual([
      '成都VIP 59',
      '成都重要 24',
    ]);
  });

  it('sees what the main connection committed since its last answer', async () => {
    const worker = workerSuggestRunner(db.path, workerFile);
    runners.push(worker);
    // Started ahead (as visits.list does), then asked.
    await worker.prepare();
    const now = new Date(NOW);
    expect((await worker.suggest({}, now)).count).toBe(3);
    db.raw
      .prepare(
        `INSERT INTO visits (id, customer_id, planned_at, status, created_at, updated_at)
         VALUES ('v1', 'c1', '2026-03-16T02:00:00.000Z', 'planned', ?, ?)`,
      )
      .run(NOW, NOW);
    expect(names(await worker.suggest({}, now))).toEqual(['绵阳普通 75', '成都重要 24']);
  });

  it('is what the handlers use for a database file, through dispatch', async () => {
    const dispatch: Dispatch = createDispatch(
      createHandlers({
        db,
        clock: fixedClock(NOW),
        emit: () => undefined,
        appVersion: 't',
        // The job worker's folder is where the suggestions worker is looked for.
        workerScript: join(bundleDir, 'worker.cjs'),
      }),
    );
    const result = await dispatch('visits.suggest', { city: '绵阳', limit: 5 });
    expect(result.ok && names(result.value as VisitSuggestions)).toEqual(['绵阳普通 75']);
    const bad = await dispatch('visits.suggest', { limit: 0 });
    expect(bad.ok).toBe(false);
  });

  it('reports a database it cannot read as an error, and keeps working after', async () => {
    const worker = workerSuggestRunner(join(dir, 'missing.db'), workerFile);
    runners.push(worker);
    await expect(worker.prepare()).resolves.toBeUndefined();
    const error = await worker.suggest({}, new Date(NOW)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe('errors.internal');
    const again = await worker.suggest({}, new Date(NOW)).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
  });

  it('refuses calls after close', async () => {
    const worker = workerSuggestRunner(db.path, workerFile);
    await worker.suggest({}, new Date(NOW));
    await worker.close();
    await expect(worker.suggest({}, new Date(NOW))).rejects.toThrow(/closed/);
  });
});
