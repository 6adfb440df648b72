import { createWriteStream, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import yazl from 'yazl';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupReport,
} from '../../../shared/domain/backup';
import { readSchemaVersion } from '../../../db/open-database';
import {
  backupTableNames,
  countTableRows,
  iterateTableRows,
  tableColumns,
} from '../../../db/repositories/backup-tables.repository';
import { checkCancelled, type JobControl } from '../../jobs/job-control';
import { CsvFileWriter } from '../export/csv-write';
import { encodeCell } from './backup-values';

export interface BackupOptions {
  appVersion: string;
  /** Scratch folder for the CSV files before they go into the zip. */
  tmpDir: string;
  now: string;
}

function zipTo(
  path: string,
  manifest: BackupManifest,
  files: { name: string; path: string }[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    // The manifest first, so a reader can check it before anything else.
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), 'manifest.json', {
      mtime: new Date(manifest.createdAt),
    });
    for (const f of files) zip.addFile(f.path, f.name, { mtime: new Date(manifest.createdAt) });
    zip.end();
    const out = createWriteStream(path);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
  });
}

/**
 * Writes a `.kemai-backup`: one CSV per table (read in a single read transaction, so the
 * archive is one consistent moment even while the app keeps writing) plus manifest.json with
 * the schema version, row counts and a sha256 per file. Written to `<path>.partial` and renamed,
 * so a crash never leaves a half archive under the chosen name.
 */
export async function createBackup(
  raw: BetterSqlite3.Database,
  path: string,
  control: JobControl,
  options: BackupOptions,
): Promise<BackupReport> {
  const started = performance.now();
  const scratch = mkdtempSync(join(options.tmpDir, 'backup-'));
  try {
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion: 0,
      createdAt: options.now,
      tables: [],
    };
    const files: { name: string; path: string }[] = [];
    raw.exec('BEGIN');
    try {
      manifest.schemaVersion = readSchemaVersion(raw);
      const tables = backupTableNames(raw);
      const total = tables.reduce((n, t) => n + countTableRows(raw, t), 0);
      let done = 0;
      for (const table of tables) {
        const columns = tableColumns(raw, table);
        const file = `${table}.csv`;
        const writer = new CsvFileWriter(join(scratch, file), { sha256: true, nullAware: true });
        writer.writeRow(columns.map((c) => c.name));
        let rows = 0;
        for (const values of iterateTableRows(raw, table, columns)) {
          writer.writeRow(values.map(encodeCell));
          rows++;
          if (++done % 20_000 === 0) {
            control.progress(done, total);
            checkCancelled(control);
          }
        }
        const sha256 = writer.close() ?? '';
        manifest.tables.push({
          name: table,
          file,
          columns: columns.map((c) => c.name),
          rows,
          sha256,
        });
        files.push({ name: file, path: join(scratch, file) });
      }
    } finally {
      raw.exec('COMMIT');
    }
    checkCancelled(control);
    const partial = `${path}.partial`;
    await zipTo(partial, manifest, files);
    renameSync(partial, path);
    const rows: Record<string, number> = {};
    for (const t of manifest.tables) rows[t.name] = t.rows;
    return {
      kind: 'backup',
      path,
      bytes: statSync(path).size,
      rows,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    rmSync(`${path}.partial`, { force: true });
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
