import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { loadSampleData } from '../../main/services/sample.service';
import type { JobSpec, WorkerMessage } from '../../main/jobs/job-protocol';
import { createDataContext, dumpData, WORKER, type DataContext } from '../fixtures/data-context';

// A restore swaps every table in one transaction that also drops and recreates indexes and the
// search triggers and rebuilds the search indexes. A process killed anywhere in it must leave
// the old data, schema and search intact; one killed after its COMMIT leaves the new ones.
// import-kill.test.ts kills restores while they validate; these kill them during the swap.

let ctx: DataContext;
let archive: string;
let beforeArchive: string;

beforeAll(async () => {
  ctx = await createDataContext();
  loadSampleData(
    { db: ctx.db, clock: ctx.clock, emit: () => undefined },
    { count: 3000, withRelated: true, seed: 9 },
  );
  archive = join(ctx.dir, 'swap.kemai-backup');
  expect((await ctx.job('backup.create', { path: archive })).state).toBe('done');
  await ctx.call('customers.create', { name: '备份后新增', phone: '13500001111' });
  ctx.db.raw.exec(`DELETE FROM interactions WHERE rowid % 3 = 0`);
  // The live state again as an archive, to go back to when a kill came after the COMMIT.
  beforeArchive = join(ctx.dir, 'before.kemai-backup');
  expect((await ctx.job('backup.create', { path: beforeArchive })).state).toBe('done');
}, 180_000);
afterAll(async () => {
  await ctx.close();
});

/** Runs a restore in a child process and SIGKILLs it at `at` (0..1) of its swap steps. */
function killDuringSwap(spec: JobSpec, at: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, '--job', JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let validateTotal: number | null = null;
    let swapSeen = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = JSON.parse(line) as WorkerMessage;
      if (m.type !== 'progress') return;
      // Validation counts rows; the swap counts steps (a different total).
      validateTotal ??= m.total;
      if (m.total === validateTotal) return;
      if (++swapSeen === Math.max(1, Math.round(m.total * at))) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

function state(raw: BetterSqlite3.Database): unknown {
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  for (const index of ['customers_fts', 'customer_grams']) {
    raw.exec(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`);
  }
  const schema = raw.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`).all();
  return { data: dumpData(raw), schema };
}

describe('SIGKILL during the restore swap', { timeout: 600_000 }, () => {
  it('20 kills leave either the whole old state or the whole restored one', async () => {
    const before = state(ctx.db.raw);
    expect((await ctx.job('backup.restore', { path: archive })).state).toBe('done');
    const after = state(ctx.db.raw);
    expect(after).not.toEqual(before);
    expect((await ctx.job('backup.restore', { path: beforeArchive })).state).toBe('done');
    expect(state(ctx.db.raw)).toEqual(before);
    const spec: JobSpec = {
      dbPath: ctx.dbPath,
      dataDir: ctx.dir,
      appVersion: 't',
      now: '2026-03-15T08:00:00.000Z',
      snapshotFolder: join(ctx.dir, 'snapshots'),
      kind: 'restore',
      input: { path: archive },
    };
    let old = 0;
    for (let i = 0; i < 20; i++) {
      await killDuringSwap(spec, i / 20);
      const now = state(ctx.db.raw);
      if (JSON.stringify(now) === JSON.stringify(before)) {
        old++;
        continue;
      }
      expect(now).toEqual(after);
      expect((await ctx.job('backup.restore', { path: beforeArchive })).state).toBe('done');
      expect(state(ctx.db.raw)).toEqual(before);
    }
    // The kills land mid-transaction (a loaded machine may let the odd one finish first).
    expect(old).toBeGreaterThanOrEqual(15);
    // Search still works on the untouched data: its triggers came back with the rollback.
    const found = await ctx.call<{ total: number }>('customers.list', { query: '备份后新增' });
    expect(found.total).toBe(1);
  });
});
