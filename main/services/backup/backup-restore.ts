import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { RestoreReport } from '../../../shared/domain/backup';
import {
  backupTableNames,
  countTableRows,
  replaceTablesFrom,
} from '../../../db/repositories/backup-tables.repository';
import { AppError } from '../errors';
import { checkCancelled, type JobControl } from '../../jobs/job-control';
import { archiveToDatabase, snapshotToDatabase } from './restore-validate';
import { takeSnapshot } from './snapshots';

export interface RestoreOptions {
  dryRun: boolean;
  /** Scratch folder for the validated copy (same disk as the database, ideally). */
  tmpDir: string;
  snapshotFolder: string;
  now: string;
}

function sourceKind(path: string): 'archive' | 'snapshot' {
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('VALIDATION', 'errors.backup.notArchive', String(error));
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'archive';
  if (head.toString('latin1') === 'SQLite format 3\u0000') return 'snapshot';
  throw new AppError(
    'VALIDATION',
    'errors.backup.notArchive',
    'neither a Kemai backup nor a snapshot',
  );
}

function counts(
  raw: BetterSqlite3.Database,
  tables: string[],
  schema = 'main',
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const t of tables) {
    result[t] =
      schema === 'main'
        ? countTableRows(raw, t)
        : Number(raw.prepare(`SELECT count(*) FROM "${schema}"."${t}"`).pluck().get());
  }
  return result;
}

/**
 * Restores a `.kemai-backup` archive or a snapshot file. Everything is validated into a scratch
 * database first (a corrupt or foreign file changes nothing); then a safety snapshot of the live
 * database is taken; then every table is replaced in ONE transaction on this connection, so a
 * crash or kill during the swap leaves the old data. Swapping rows (not the file) keeps the
 * app's own connection valid: it simply sees the new data at its next read.
 */
export async function restoreBackup(
  raw: BetterSqlite3.Database,
  path: string,
  control: JobControl,
  options: RestoreOptions,
): Promise<RestoreReport> {
  const started = performance.now();
  const source = sourceKind(path);
  const scratchDir = mkdtempSync(join(options.tmpDir, 'restore-'));
  const scratch = join(scratchDir, 'restore.db');
  try {
    const schemaVersion =
      source === 'archive'
        ? (await archiveToDatabase(path, scratch, control)).schemaVersion
        : await snapshotToDatabase(path, scratch);
    checkCancelled(control);
    const tables = backupTableNames(raw);
    const before = counts(raw, tables);
    raw.prepare(`ATTACH DATABASE ? AS restore_src`).run(scratch);
    try {
      const after = counts(raw, tables, 'restore_src');
      const report: RestoreReport = {
        kind: 'restore',
        dryRun: options.dryRun,
        source,
        schemaVersion,
        before,
        after,
        safetySnapshot: null,
        ms: 0,
      };
      if (!options.dryRun) {
        const safety = await takeSnapshot(raw, options.snapshotFolder, 'safety', options.now);
        report.safetySnapshot = safety.path;
        checkCancelled(control);
        // Statement journals and index sorts of a million rows go to disk, not RAM.
        raw.pragma('temp_store = FILE');
        // Every table a key points into is replaced too, so key checks and cascades row by
        // row would only repeat what one foreign_key_check before COMMIT confirms.
        raw.pragma('foreign_keys = OFF');
        // An archive's rows passed this build's CHECK constraints in the scratch copy (a
        // snapshot keeps its own schema there, so its rows are checked again here).
        if (source === 'archive') raw.pragma('ignore_check_constraints = ON');
        raw.exec('BEGIN IMMEDIATE');
        try {
          replaceTablesFrom(raw, 'restore_src', tables, (done, total) => {
            control.progress(done, total);
            checkCancelled(control);
          });
          if ((raw.pragma('foreign_key_check') as unknown[]).length > 0) {
            throw new AppError('VALIDATION', 'errors.backup.foreignKeys', 'rows point nowhere');
          }
          checkCancelled(control);
          raw.exec('COMMIT');
        } catch (error) {
          if (raw.inTransaction) raw.exec('ROLLBACK');
          throw error;
        } finally {
          raw.pragma('ignore_check_constraints = OFF');
          raw.pragma('foreign_keys = ON');
        }
      }
      report.ms = Math.round(performance.now() - started);
      return report;
    } finally {
      raw.exec('DETACH DATABASE restore_src');
    }
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
}
