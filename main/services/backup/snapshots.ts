import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Snapshot, SnapshotReport } from '../../../shared/domain/backup';
import {
  DEFAULT_RETENTION,
  isDailySnapshotDue,
  snapshotsToRemove,
  type RetentionPolicy,
} from './snapshot-retention';

// Snapshots are whole SQLite files taken with SQLite's online backup API (never a byte copy of
// a live file, which can be torn), named kemai-<kind>-<UTC time>.db so the folder listing is
// the metadata.

const NAME = /^kemai-(daily|manual|safety)-(\d{8}T\d{9}Z)\.db$/;

export function snapshotsFolder(dataDir: string, custom?: string | null): string {
  return custom && custom.trim() ? custom : join(dataDir, 'snapshots');
}

function stamp(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

function unstamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

export function listSnapshots(folder: string): Snapshot[] {
  if (!existsSync(folder)) return [];
  const list: Snapshot[] = [];
  for (const name of readdirSync(folder)) {
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

export async function takeSnapshot(
  raw: BetterSqlite3.Database,
  folder: string,
  kind: Snapshot['kind'],
  now: string,
): Promise<Snapshot> {
  mkdirSync(folder, { recursive: true });
  const name = `kemai-${kind}-${stamp(now)}.db`;
  const path = join(folder, name);
  const partial = `${path}.partial`;
  await raw.backup(partial);
  renameSync(partial, path);
  return { path, name, kind, createdAt: now, bytes: statSync(path).size };
}

/** Takes a snapshot (a daily one only when due) and prunes the folder to the policy. */
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
  const removed = snapshotsToRemove(listSnapshots(folder), options.policy ?? DEFAULT_RETENTION);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return { kind: 'snapshot', snapshot, removed, ms: Math.round(performance.now() - started) };
}
