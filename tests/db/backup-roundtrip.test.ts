import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupManifest, JobState, Snapshot } from '../../shared/domain/backup';
import { loadSampleData } from '../../main/services/sample.service';
import { backupTableNames } from '../../db/repositories/backup-tables.repository';
import { openZip, readEntryText } from '../../main/services/backup/zip-read';
import { migrations } from '../../db/migrations';
import { openDatabase } from '../../db/open-database';
import { createDataContext, dumpData, type DataContext } from '../fixtures/data-context';

let ctx: DataContext;
beforeEach(async () => {
  ctx = await createDataContext();
  loadSampleData(
    { db: ctx.db, clock: ctx.clock, emit: () => undefined },
    { count: 200, withRelated: true, seed: 5 },
  );
  await ctx.call('customers.create', { name: '=公式', notes: '"引号",\r\n换行', tags: ['+加号'] });
  await ctx.call('settings.update', { language: 'zh-CN' });
});
afterEach(async () => {
  await ctx.close();
});

async function backup(name: string): Promise<{ path: string; manifest: BackupManifest }> {
  const path = join(ctx.dir, name);
  const state = await ctx.job('backup.create', { path });
  expect(state).toMatchObject({ state: 'done', result: { kind: 'backup', path } });
  const zip = await openZip(path);
  const entry = zip.entries.get('manifest.json');
  const manifest = JSON.parse(await readEntryText(zip, entry!, 1 << 20)) as BackupManifest;
  zip.close();
  return { path, manifest };
}

async function restore(path: string, dryRun = false): Promise<JobState> {
  return ctx.job('backup.restore', { path, dryRun });
}

function writeZip(path: string, files: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), name);
    zip.end();
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
}

async function tamper(
  source: string,
  target: string,
  change: (files: Record<string, string>) => void,
): Promise<string> {
  const zip = await openZip(source);
  const files: Record<string, string> = {};
  for (const [name, entry] of zip.entries) files[name] = await readEntryText(zip, entry, 1 << 26);
  zip.close();
  change(files);
  const path = join(ctx.dir, target);
  await writeZip(path, files);
  return path;
}

describe('backup.create / backup.restore', () => {
  it('backs up every data table with a manifest, and backup -> restore -> backup is identical', async () => {
    const first = await backup('a.kemai-backup');
    expect(first.manifest).toMatchObject({
      format: 'kemai-backup',
      schemaVersion: ctx.db.schemaVersion(),
    });
    expect(first.manifest.tables.map((t) => t.name)).toEqual(backupTableNames(ctx.db.raw));
    expect(first.manifest.tables.find((t) => t.name === 'customers')?.rows).toBe(201);
    const before = dumpData(ctx.db.raw);
    // Change everything, then restore.
    await ctx.call('customers.create', { name: '备份之后' });
    ctx.db.raw.exec('DELETE FROM interactions');
    const state = await restore(first.path);
    expect(state).toMatchObject({
      state: 'done',
      result: {
        kind: 'restore',
        source: 'archive',
        before: { customers: 202 },
        after: { customers: 201 },
      },
    });
    expect(dumpData(ctx.db.raw)).toEqual(before);
    expect(ctx.db.raw.pragma('integrity_check', { simple: true })).toBe('ok');
    // Search indexes were rebuilt with the data.
    const found = await ctx.call<{ total: number }>('customers.list', { query: '=公式' });
    expect(found.total).toBe(1);
    const second = await backup('b.kemai-backup');
    expect(second.manifest.tables).toEqual(first.manifest.tables);
    expect(state.result?.kind === 'restore' && state.result.safetySnapshot).toBeTruthy();
  });

  it('rebuilds search on restore: 2-char Chinese, pinyin and phone find a restored customer', async () => {
    const names = async (query: string): Promise<string[]> =>
      (await ctx.call<{ items: { name: string }[] }>('customers.list', { query })).items.map(
        (i) => i.name,
      );
    await ctx.call('customers.create', { name: '黎明', kind: 'person', phone: '139 8765 4321' });
    const { path } = await backup('search.kemai-backup');
    // Gone from the table and from every search index before the restore brings it back; a
    // customer created after the backup must leave no trace in them either.
    ctx.db.raw.exec(`DELETE FROM customers WHERE name = '黎明'`);
    await ctx.call('customers.create', { name: '黎明后来', kind: 'person', phone: '13987654000' });
    expect(await names('黎明')).toEqual(['黎明后来']);
    const state = await restore(path);
    expect(state).toMatchObject({ state: 'done', result: { kind: 'restore' } });
    expect(await names('黎明')).toEqual(['黎明']);
    expect(await names('liming')).toEqual(['黎明']);
    expect(await names('lm')).toContain('黎明');
    expect(await names('98765')).toEqual(['黎明']);
    expect(await names('13987654321')).toEqual(['黎明']);
    // The indexes agree with the table, and the triggers keep them in step afterwards.
    for (const index of ['customers_fts', 'customer_grams']) {
      ctx.db.raw.exec(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`);
    }
    await ctx.call('customers.create', { name: '黎明新', kind: 'person' });
    expect(await names('黎明')).toEqual(['黎明', '黎明新']);
    expect(ctx.db.raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('reports what a restore would replace without changing anything (dry run)', async () => {
    const { path } = await backup('a.kemai-backup');
    await ctx.call('customers.create', { name: '新增' });
    const before = dumpData(ctx.db.raw);
    const state = await restore(path, true);
    expect(state).toMatchObject({
      state: 'done',
      result: { dryRun: true, before: { customers: 202 }, after: { customers: 201 } },
    });
    expect(dumpData(ctx.db.raw)).toEqual(before);
  });

  it('refuses corrupt or foreign archives with a reason and changes nothing', async () => {
    const { path } = await backup('a.kemai-backup');
    const before = dumpData(ctx.db.raw);
    const cases: [string, string][] = [];
    const garbage = join(ctx.dir, 'garbage.kemai-backup');
    writeFileSync(garbage, 'not a zip at all');
    cases.push([garbage, 'errors.backup.notArchive']);
    const truncated = join(ctx.dir, 'truncated.kemai-backup');
    writeFileSync(truncated, readFileSync(path).subarray(0, 2000));
    cases.push([truncated, 'errors.backup.notArchive']);
    const foreign = join(ctx.dir, 'foreign.zip');
    await writeZip(foreign, { 'readme.txt': 'hello' });
    cases.push([foreign, 'errors.backup.notArchive']);
    cases.push([
      await tamper(path, 'checksum.zip', (f) => {
        f['customers.csv'] = (f['customers.csv'] ?? '').replace('=公式', '=公式改');
      }),
      'errors.backup.checksum',
    ]);
    cases.push([
      await tamper(path, 'manifest.zip', (f) => {
        f['manifest.json'] = '{"format":"other"}';
      }),
      'errors.backup.badManifest',
    ]);
    cases.push([
      await tamper(path, 'newer.zip', (f) => {
        const m = JSON.parse(f['manifest.json'] ?? '{}') as BackupManifest;
        f['manifest.json'] = JSON.stringify({ ...m, schemaVersion: 999 });
      }),
      'errors.backup.tooNew',
    ]);
    cases.push([
      await tamper(path, 'missing.zip', (f) => {
        delete f['contacts.csv'];
      }),
      'errors.backup.missingFile',
    ]);
    cases.push([
      await tamper(path, 'extra.zip', (f) => {
        f['evil.sh'] = 'rm -rf /';
      }),
      'errors.backup.unexpectedFile',
    ]);
    // A row that breaks the schema (a CHECK) with a matching checksum: caught by validation.
    cases.push([
      await tamper(path, 'badrow.zip', (f) => {
        const m = JSON.parse(f['manifest.json'] ?? '{}') as BackupManifest;
        const csv = (f['customers.csv'] ?? '').replace(',ordinary,', ',platinum,');
        f['customers.csv'] = csv;
        const hash = createHash('sha256').update(csv).digest('hex');
        m.tables = m.tables.map((t) => (t.name === 'customers' ? { ...t, sha256: hash } : t));
        f['manifest.json'] = JSON.stringify(m);
      }),
      'errors.backup.badRow',
    ]);
    for (const [file, reason] of cases) {
      const state = await restore(file);
      expect(state, file).toMatchObject({ state: 'failed', error: { message: reason } });
      expect(dumpData(ctx.db.raw)).toEqual(before);
    }
  });

  it('restores an archive written at an older schema version by migrating it', async () => {
    // A database at schema 1 (the first registry entry) backed up by the same code.
    const old = await createDataContext();
    await old.db.close();
    const { rmSync } = await import('node:fs');
    rmSync(old.dbPath, { force: true });
    const v1 = await openDatabase(old.dbPath, { migrations: migrations.slice(0, 1) });
    v1.raw.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 'now')`).run();
    await v1.close();
    const { noControl } = await import('../../main/jobs/job-control');
    const archive = join(old.dir, 'v1.kemai-backup');
    // openDatabase would migrate the file, so the archive is written from the raw v1 file.
    const { createBackup } = await import('../../main/services/backup/backup-create');
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const raw = new BetterSqlite3(old.dbPath);
    raw.function('kemai_grams', () => '');
    const report = await createBackup(raw, archive, noControl, {
      appVersion: 'old',
      tmpDir: old.dir,
      now: '2025-01-01T00:00:00.000Z',
    });
    raw.close();
    expect(report.kind).toBe('backup');
    const state = await restore(archive);
    expect(state).toMatchObject({ state: 'done', result: { schemaVersion: 1 } });
    expect(ctx.db.raw.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
    expect(ctx.db.raw.prepare(`SELECT value FROM settings WHERE key = 'k'`).pluck().get()).toBe(
      'v',
    );
    expect(ctx.db.schemaVersion()).toBe(migrations.length);
    await old.close();
  });
});

describe('snapshots', () => {
  it('takes, lists and restores a snapshot; a daily one only when due', async () => {
    const taken = await ctx.job('backup.snapshotNow');
    expect(taken).toMatchObject({
      state: 'done',
      result: { kind: 'snapshot', snapshot: { kind: 'manual' } },
    });
    const list = await ctx.call<Snapshot[]>('backup.list');
    expect(list).toHaveLength(1);
    expect(list[0]?.bytes).toBeGreaterThan(0);
    const notDue = await ctx.job('backup.snapshotNow', { ifDue: true });
    expect(notDue).toMatchObject({ result: { snapshot: null } });
    ctx.clock.advance(86_400_000);
    const due = await ctx.job('backup.snapshotNow', { ifDue: true });
    expect(due).toMatchObject({ result: { snapshot: { kind: 'daily' } } });
    const before = dumpData(ctx.db.raw);
    await ctx.call('customers.create', { name: '快照之后' });
    const restored = await restore(list[0]!.path);
    expect(restored).toMatchObject({ state: 'done', result: { source: 'snapshot' } });
    expect(dumpData(ctx.db.raw)).toEqual(before);
  });

  it('refuses a snapshot whose rows break the schema and changes nothing', async () => {
    const taken = await ctx.job('backup.snapshotNow');
    const path = taken.result?.kind === 'snapshot' ? (taken.result.snapshot?.path ?? '') : '';
    // Same schema, but a row no CHECK would let in (written with the checks switched off).
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const file = new BetterSqlite3(path);
    file.pragma('ignore_check_constraints = ON');
    file.exec(
      `UPDATE customers SET tier = 'platinum' WHERE seq = (SELECT min(seq) FROM customers)`,
    );
    file.close();
    const before = dumpData(ctx.db.raw);
    const state = await restore(path);
    expect(state).toMatchObject({ state: 'failed' });
    expect(dumpData(ctx.db.raw)).toEqual(before);
  });
});
