import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Snapshot, SnapshotReport } from '../../../shared/domain/backup';
import { AppError } from '../errors';
import {
  isDailySnapshotDue,
  parseRetention,
  snapshotsToRemove,
  type RetentionPolicy,
} from './snapshot-retention';

// Snapshots are whole SQLite files taken with SQLite's online backup API (never a byte copy of
// a live file, which can be torn), named kemai-<kind>-<UTC time>.db so the folder listing is
// the metadata.

const NAME = /^kemai-(daily|manual|safety)-(\d{8}T\d{9}Z)\.db$/;

/** Settings keys: a user-chosen folder (plain path; empty or absent = the default folder). */
export const SNAPSHOT_FOLDER_SETTING = 'backup.folder';
/** Settings key: { daily, weekly } as JSON (absent = 7 and 4). */
export const SNAPSHOT_RETENTION_SETTING = 'backup.retention';

export function snapshotsFolder(dataDir: string, custom?: string | null): string {
  return custom && custom.trim() ? custom : join(dataDir, 'snapshots');
}

function stamp(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

function unstamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** The snapshots in a folder, newest first; none when the folder is missing or not a folder. */
export function listSnapshots(folder: string): Snapshot[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const list: Snapshot[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    list.push({
      path,
      name,
      kind: m[1] as Snapshot['kind'],
      createdAt: unstamp(m[2] ?? ''),
      bytes: statSync(path).size,
    });
  }
  return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * A file-system failure as the user can act on it. The folder is created only when its parent
 * exists (the default one under the data folder): a USB drive that is not plugged in must not
 * turn into an empty folder of the same name on the internal disk.
 */
function snapshotError(error: unknown, folder: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = `${folder}: ${error instanceof Error ? error.message : String(error)}`;
  if (code === 'ENOENT') return new AppError('NOT_FOUND', 'errors.snapshots.folderMissing', detail);
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new AppError('VALIDATION', 'errors.snapshots.notFolder', detail);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('FORBIDDEN', 'errors.snapshots.folderNotWritable', detail);
  }
  if (code === 'ENOSPC') return new AppError('CONFLICT', 'errors.snapshots.diskFull', detail);
  return error;
}

export async function takeSnapshot(
  raw: BetterSqlite3.Database,
  folder: string,
  kind: Snapshot['kind'],
  now: string,
): Promise<Snapshot> {
  const name = `kemai-${kind}-${stamp(now)}.db`;
  const path = join(folder, name);
  const partial = `${path}.partial`;
  try {
    if (!existsSync(folder) && existsSync(dirname(folder))) mkdirSync(folder);
    if (!statSync(folder).isDirectory()) {
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    }
    await raw.backup(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw snapshotError(error, folder);
  }
  return { path, name, kind, createdAt: now, bytes: statSync(path).size };
}

/** The user's retention counts, read on the job's own connection. */
export function readRetention(raw: BetterSqlite3.Database): RetentionPolicy {
  const value: unknown = raw
    .prepare('SELECT value FROM settings WHERE key = ?')
    .pluck()
    .get(SNAPSHOT_RETENTION_SETTING);
  return parseRetention(typeof value === 'string' ? value : null);
}

/**
 * Takes a snapshot (a daily one only when due) and prunes the folder to the policy (the
 * user's 7 daily + 4 weekly or whatever they set, unless the caller passes one).
 */
export async function snapshotJob(
  raw: BetterSqlite3.Database,
  folder: string,
  options: { ifDue: boolean; now: string; policy?: RetentionPolicy },
): Promise<SnapshotReport> {
  const started = performance.now();
  if (options.ifDue && !isDailySnapshotDue(listSnapshots(folder), options.now)) {
    return { kind: 'snapshot', snapshot: null, removed: [], ms: 0 };
  }
  const snapshot = await takeSnapshot(raw, folder, options.ifDue ? 'daily' : 'manual', options.now);
  const policy = options.policy ?? readRetention(raw);
  const removed = snapshotsToRemove(listSnapshots(folder), policy);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return { kind: 'snapshot', snapshot, removed, ms: Math.round(performance.now() - started) };
}
