import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { loadSampleData } from '../../main/services/sample.service';
import type { JobSpec, WorkerMessage } from '../../main/jobs/job-protocol';
import { createDataContext, dumpData, WORKER, type DataContext } from '../fixtures/data-context';

// A job process killed with SIGKILL at varying points mid-transaction must leave the database
// passing integrity_check and holding exactly the data it had before. Small data (a few
// thousand rows) keeps 40 child processes well under a minute.

let ctx: DataContext;
let csvPath: string;
let archivePath: string;

beforeAll(async () => {
  ctx = await createDataContext();
  loadSampleData(
    { db: ctx.db, clock: ctx.clock, emit: () => undefined },
    { count: 800, withRelated: true, seed: 3 },
  );
  const rows = Array.from(
    { length: 2000 },
    (_, i) => `导入客户${i},1370000${String(i).padStart(4, '0')},标签${i % 7},联系人${i}`,
  );
  csvPath = join(ctx.dir, 'kill.csv');
  writeFileSync(csvPath, `名称,手机,标签,联系人\n${rows.join('\n')}\n`);
  archivePath = join(ctx.dir, 'kill.kemai-backup');
  const backup = await ctx.job('backup.create', { path: archivePath });
  expect(backup.state).toBe('done');
  // Make the live data differ from the archive, so a half restore would show.
  await ctx.call('customers.create', { name: '备份后新增' });
  ctx.db.raw.exec(`DELETE FROM interactions WHERE rowid % 2 = 0`);
}, 120_000);
afterAll(async () => {
  await ctx.close();
});

/** Runs the job in a child process and SIGKILLs it on its `killAt`-th progress message. */
function runAndKill(spec: JobSpec, killAt: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, '--job', JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = 0;
    let outcome: 'killed' | 'finished' = 'finished';
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as WorkerMessage;
      if (message.type === 'progress' && ++seen === killAt) {
        outcome = 'killed';
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(outcome));
  });
}

function check(raw: BetterSqlite3.Database, expected: ReturnType<typeof dumpData>): void {
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(dumpData(raw)).toEqual(expected);
}

const base = () => ({
  dbPath: ctx.dbPath,
  dataDir: ctx.dir,
  appVersion: 't',
  now: '2026-03-15T08:00:00.000Z',
  snapshotFolder: join(ctx.dir, 'snapshots'),
});

// Generous timeouts: the machine is shared; no assertion depends on time.
describe('SIGKILL mid-job', { timeout: 180_000 }, () => {
  it('20 kills mid-import leave exactly the data before the job', async () => {
    const before = dumpData(ctx.db.raw);
    const spec: JobSpec = {
      ...base(),
      kind: 'import',
      input: {
        path: csvPath,
        mapping: ['name', 'phone', 'tags', 'contactName'],
        duplicates: 'create',
      },
    };
    let killed = 0;
    for (let i = 0; i < 20; i++) {
      // 2000 rows report progress every 500: kill on the 1st..3rd report, mid-transaction.
      if ((await runAndKill(spec, 1 + (i % 3))) === 'killed') killed++;
      check(ctx.db.raw, before);
    }
    expect(killed).toBe(20);
  });

  it('20 kills mid-restore leave exactly the data before the job', async () => {
    const before = dumpData(ctx.db.raw);
    const spec: JobSpec = { ...base(), kind: 'restore', input: { path: archivePath } };
    let killed = 0;
    for (let i = 0; i < 20; i++) {
      // Progress comes while validating (every 1000 rows) and per table inside the swap
      // transaction; the later reports are the swap.
      if ((await runAndKill(spec, 1 + (i % 10))) === 'killed') killed++;
      check(ctx.db.raw, before);
    }
    expect(killed).toBe(20);
  });
});
