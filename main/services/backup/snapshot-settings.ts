import { accessSync, constants, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { SnapshotSettings, SnapshotSettingsPatch } from '../../../shared/ipc/channels/data';
import { readSetting, writeSetting } from '../../../db/repositories/settings.repository';
import { AppError } from '../errors';
import { isoNow } from '../clock';
import type { ServiceDeps } from '../service-deps';
import { parseRetention } from './snapshot-retention';
import { SNAPSHOT_FOLDER_SETTING, SNAPSHOT_RETENTION_SETTING, snapshotsFolder } from './snapshots';

export type FolderState = SnapshotSettings['folderState'];
export type SnapshotProblem = NonNullable<SnapshotSettings['lastProblem']>;

export interface SnapshotFolder {
  folder: string;
  defaultFolder: string;
  custom: boolean;
}

export async function readSnapshotFolder(
  deps: ServiceDeps,
  dataDir: string,
): Promise<SnapshotFolder> {
  const custom = await readSetting(deps.db.kysely, SNAPSHOT_FOLDER_SETTING);
  const defaultFolder = snapshotsFolder(dataDir);
  const folder = snapshotsFolder(dataDir, custom);
  return { folder, defaultFolder, custom: folder !== defaultFolder };
}

/** Whether snapshots can be written there now (cheap: no file is written). */
export function folderState(folder: string): FolderState {
  try {
    if (!statSync(folder).isDirectory()) return 'notFolder';
  } catch {
    return 'missing';
  }
  try {
    accessSync(folder, constants.W_OK);
    return 'ok';
  } catch {
    return 'notWritable';
  }
}

/** The state of the folder in use; the default folder is made on the first snapshot. */
export function snapshotFolderState(where: SnapshotFolder): FolderState {
  const state = folderState(where.folder);
  return !where.custom && state === 'missing' ? 'ok' : state;
}

const STATE_KEYS: Record<Exclude<FolderState, 'ok'>, string> = {
  missing: 'errors.snapshots.folderMissing',
  notFolder: 'errors.snapshots.notFolder',
  notWritable: 'errors.snapshots.folderNotWritable',
};

export function folderStateError(state: Exclude<FolderState, 'ok'>, folder: string): AppError {
  const code =
    state === 'missing' ? 'NOT_FOUND' : state === 'notWritable' ? 'FORBIDDEN' : 'VALIDATION';
  return new AppError(code, STATE_KEYS[state], `${state}: ${folder}`, [
    { path: ['folder'], message: STATE_KEYS[state] },
  ]);
}

/**
 * A folder the user wants snapshots in must exist and take a file now: a test file is written
 * and removed, because permission bits alone lie on Windows and on read-only mounts.
 */
export function assertUsableFolder(folder: string): string {
  if (!isAbsolute(folder)) {
    throw new AppError('VALIDATION', 'errors.snapshots.folderNotAbsolute', folder, [
      { path: ['folder'], message: 'errors.snapshots.folderNotAbsolute' },
    ]);
  }
  const absolute = resolve(folder);
  const state = folderState(absolute);
  if (state === 'missing' || state === 'notFolder') throw folderStateError(state, absolute);
  const probe = join(absolute, `.kemai-write-test-${process.pid}`);
  try {
    writeFileSync(probe, 'kemai');
  } catch {
    throw folderStateError('notWritable', absolute);
  } finally {
    rmSync(probe, { force: true });
  }
  return absolute;
}

export async function getSnapshotSettings(
  deps: ServiceDeps,
  dataDir: string,
  lastProblem: SnapshotProblem | null,
): Promise<SnapshotSettings> {
  const where = await readSnapshotFolder(deps, dataDir);
  const retention = parseRetention(await readSetting(deps.db.kysely, SNAPSHOT_RETENTION_SETTING));
  return {
    ...where,
    daily: retention.daily,
    weekly: retention.weekly,
    folderState: snapshotFolderState(where),
    lastProblem,
  };
}

/**
 * Validates everything first, then writes in one transaction: a bad folder changes nothing,
 * not even the retention counts sent with it. `folder: null` goes back to the default folder.
 * Snapshots already taken stay where they are.
 */
export async function updateSnapshotSettings(
  deps: ServiceDeps,
  dataDir: string,
  patch: SnapshotSettingsPatch,
): Promise<void> {
  let folder: string | undefined;
  if (patch.folder !== undefined) {
    folder = patch.folder === null ? '' : assertUsableFolder(patch.folder);
    if (folder === snapshotsFolder(dataDir)) folder = '';
  }
  const now = isoNow(deps.clock);
  const current = parseRetention(await readSetting(deps.db.kysely, SNAPSHOT_RETENTION_SETTING));
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (folder !== undefined) await writeSetting(trx, SNAPSHOT_FOLDER_SETTING, folder, now);
    if (patch.daily !== undefined || patch.weekly !== undefined) {
      const retention = {
        daily: patch.daily ?? current.daily,
        weekly: patch.weekly ?? current.weekly,
      };
      await writeSetting(trx, SNAPSHOT_RETENTION_SETTING, JSON.stringify(retention), now);
    }
  });
}
