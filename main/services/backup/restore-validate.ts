import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { manifestSchema, type BackupManifest } from '../../../shared/domain/backup';
import { DatabaseTooNewError, openDatabase, type Db } from '../../../db/open-database';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../db/migrations';
import {
  backupTableNames,
  prepareTableInsert,
  tableColumns,
} from '../../../db/repositories/backup-tables.repository';
import { dropDerivedSchema, startBulkLoad } from '../../../db/repositories/bulk-load.repository';
import { AppError } from '../errors';
import { checkCancelled, type JobControl } from '../../jobs/job-control';
import { CsvReader, isRecordError } from '../import/csv-reader';
import { decodeCell } from './backup-values';
import { openZip, readEntryText, type OpenedZip } from './zip-read';

function refuse(reason: string, detail: string): AppError {
  return new AppError('VALIDATION', `errors.backup.${reason}`, detail);
}

async function readManifest(zip: OpenedZip): Promise<BackupManifest> {
  const entry = zip.entries.get('manifest.json');
  if (!entry) throw refuse('notArchive', 'manifest.json is missing');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readEntryText(zip, entry, 1 << 20));
  } catch (error) {
    throw refuse('badManifest', `manifest.json is not JSON: ${String(error)}`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw refuse('badManifest', result.error.message);
  const manifest = result.data;
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw refuse(
      'tooNew',
      `schema ${manifest.schemaVersion}; this build knows ${LATEST_SCHEMA_VERSION}`,
    );
  }
  const files = new Set(manifest.tables.map((t) => t.file));
  for (const name of zip.entries.keys()) {
    if (name !== 'manifest.json' && !files.has(name)) throw refuse('unexpectedFile', name);
  }
  return manifest;
}

/** Loads one table's CSV into the scratch database, checking header, every row and checksum. */
async function loadTable(
  zip: OpenedZip,
  db: Db,
  table: BackupManifest['tables'][number],
  onRows: (n: number) => void,
): Promise<void> {
  const entry = zip.entries.get(table.file);
  if (!entry) throw refuse('missingFile', table.file);
  const columns = tableColumns(db.raw, table.name);
  if (columns.length === 0) throw refuse('columns', `unknown table ${table.name}`);
  const known = new Set(columns.map((c) => c.name));
  if (table.columns.length !== columns.length || !table.columns.every((c) => known.has(c))) {
    throw refuse('columns', `${table.name}: columns do not match schema`);
  }
  const byName = new Map(columns.map((c) => [c.name, c]));
  const ordered = table.columns.map((c) => byName.get(c) ?? columns[0]!);
  const insert = prepareTableInsert(db.raw, table.name, table.columns);
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let header = true;
  let rows = 0;
  const reader = new CsvReader(',', (item) => {
    if (isRecordError(item))
      throw refuse('badRow', `${table.file} line ${item.line}: ${item.error}`);
    if (header) {
      header = false;
      if (item.fields.join('\u0000') !== table.columns.join('\u0000')) {
        throw refuse('columns', `${table.file}: header differs from the manifest`);
      }
      return;
    }
    if (item.fields.length !== ordered.length) {
      throw refuse('badRow', `${table.file} line ${item.line}: ${item.fields.length} cells`);
    }
    try {
      insert.run(item.fields.map((f, i) => decodeCell(f, ordered[i]!)));
    } catch (error) {
      throw refuse('badRow', `${table.file} line ${item.line}: ${(error as Error).message}`);
    }
    rows++;
    if (rows % 1000 === 0) onRows(1000);
  });
  for await (const chunk of await zip.read(entry)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw refuse('badRow', `${table.file} is not UTF-8`);
    }
    reader.push(text);
  }
  reader.push(decoder.decode());
  reader.end();
  onRows(rows % 1000);
  if (hash.digest('hex') !== table.sha256) throw refuse('checksum', table.file);
  if (rows !== table.rows)
    throw refuse('rowCount', `${table.file}: ${rows} rows, manifest says ${table.rows}`);
}

/**
 * Rebuilds an archive into a fresh scratch database at the archive's schema version, then
 * migrates it forward. Every row passes the real schema (types, CHECKs, foreign keys) before
 * the live database is touched; any problem refuses the whole archive.
 */
export async function archiveToDatabase(
  archivePath: string,
  scratchPath: string,
  control: JobControl,
): Promise<BackupManifest> {
  let zip: OpenedZip;
  try {
    zip = await openZip(archivePath);
  } catch (error) {
    throw refuse('notArchive', String(error));
  }
  try {
    const manifest = await readManifest(zip);
    const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
    let done = 0;
    const db = await openDatabase(scratchPath, {
      migrations: migrations.slice(0, manifest.schemaVersion),
    });
    // An archive of this build's schema is only checked here and copied from: its rows need
    // no triggers or lookup indexes (constraints, UNIQUE and foreign keys still check them).
    // An older one is migrated here first, so it is loaded consistent, search included.
    const current = manifest.schemaVersion === LATEST_SCHEMA_VERSION;
    if (current) dropDerivedSchema(db.raw);
    // A throwaway file: no journal to write twice, nothing to sync (a crash deletes it).
    db.raw.pragma('journal_mode = OFF');
    db.raw.pragma('synchronous = OFF');
    try {
      // Checked once at the end (foreign_key_check) rather than per row, in any table order.
      db.raw.pragma('foreign_keys = OFF');
      db.raw.exec('BEGIN');
      const bulk = current ? null : startBulkLoad(db.raw);
      for (const table of manifest.tables) {
        const resume = bulk?.suspendIndexes(table.name);
        await loadTable(zip, db, table, (n) => {
          done += n;
          control.progress(done, total);
          checkCancelled(control);
        });
        resume?.();
      }
      bulk?.finish();
      const missing = backupTableNames(db.raw).filter(
        (t) => !manifest.tables.some((m) => m.name === t),
      );
      if (missing.length > 0) throw refuse('missingFile', missing.join(', '));
      const broken = db.raw.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw refuse('foreignKeys', `${broken.length} rows point nowhere`);
      db.raw.exec('COMMIT');
    } finally {
      await db.close();
    }
    // Forward migrations bring an older archive to this build's schema.
    await (await openDatabase(scratchPath)).close();
    return manifest;
  } finally {
    zip.close();
  }
}

/** A snapshot (.db) is copied through SQLite's backup API, checked and migrated forward. */
export async function snapshotToDatabase(
  snapshotPath: string,
  scratchPath: string,
): Promise<number> {
  let source: BetterSqlite3.Database;
  try {
    source = new BetterSqlite3(snapshotPath, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw refuse('notArchive', String(error));
  }
  try {
    const ok = source.pragma('quick_check', { simple: true });
    if (ok !== 'ok') throw refuse('corrupt', String(ok));
    const hasCustomers = source
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'customers'`)
      .get();
    if (!hasCustomers) throw refuse('notArchive', 'not a Kemai database');
    await source.backup(scratchPath);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('notArchive', String(error));
  } finally {
    source.close();
  }
  try {
    const db = await openDatabase(scratchPath);
    const version = db.schemaVersion();
    await db.close();
    return version;
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw refuse('tooNew', error.message);
    throw refuse('notArchive', String(error));
  }
}
