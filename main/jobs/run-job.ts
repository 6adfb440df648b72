import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { JobResult } from '../../shared/domain/backup';
import { openDatabase } from '../../db/open-database';
import { AppError } from '../services/errors';
import { runImport } from '../services/import/import-run';
import { exportCustomers } from '../services/export/customer-export';
import { createBackup } from '../services/backup/backup-create';
import { restoreBackup } from '../services/backup/backup-restore';
import { snapshotJob } from '../services/backup/snapshots';
import { JobCancelledError, type JobControl } from './job-control';
import type { JobSpec, WorkerMessage } from './job-protocol';

/** Runs one job on its own connection to the database file (a worker's, or a CLI process's). */
export async function runJob(spec: JobSpec, control: JobControl): Promise<JobResult> {
  const db = await openDatabase(spec.dbPath);
  const tmpDir = join(spec.dataDir, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  // Scratch left by a job that was killed: only day-old entries, since another process (a
  // benchmark, a second data folder user) may be using a fresh one right now.
  const stale = Date.now() - 86_400_000;
  for (const name of readdirSync(tmpDir)) {
    const path = join(tmpDir, name);
    if (/^(backup|restore)-/.test(name) && statSync(path).mtimeMs < stale) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  try {
    switch (spec.kind) {
      case 'import':
        return runImport(db.raw, spec.input, control, spec.now);
      case 'export':
        return await exportCustomers(db, spec.input, control);
      case 'backup':
        return await createBackup(db.raw, spec.input.path, control, {
          appVersion: spec.appVersion,
          tmpDir,
          now: spec.now,
        });
      case 'restore':
        return await restoreBackup(db.raw, spec.input.path, control, {
          dryRun: spec.input.dryRun ?? false,
          tmpDir,
          snapshotFolder: spec.snapshotFolder,
          now: spec.now,
        });
      case 'snapshot':
        return await snapshotJob(db.raw, spec.snapshotFolder, {
          ifDue: spec.input.ifDue,
          now: spec.now,
        });
    }
  } finally {
    await db.close();
  }
}

/** A failure as the renderer sees it: an i18n key and an English detail. */
export function errorMessage(error: unknown): Extract<WorkerMessage, { type: 'error' }> {
  if (error instanceof JobCancelledError) {
    return {
      type: 'error',
      message: 'errors.jobs.cancelled',
      detail: error.message,
      cancelled: true,
    };
  }
  if (error instanceof AppError) {
    return { type: 'error', message: error.key, detail: error.message, cancelled: false };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const io = /ENOENT|EACCES|EPERM|ENOSPC|EISDIR/.test(detail);
  return {
    type: 'error',
    message: io ? 'errors.jobs.file' : 'errors.internal',
    detail,
    cancelled: false,
  };
}
