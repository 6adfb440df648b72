import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Handlers } from '../../shared/ipc/contract';
import type { JobState } from '../../shared/domain/backup';
import { createJobRunner } from '../jobs/job-runner';
import type { JobSpec } from '../jobs/job-protocol';
import { defaultWorkerScript } from '../jobs/worker-script';
import { previewImport } from '../services/import/import-preview';
import {
  pruneScratchRejects,
  saveRejectedRows,
  scratchRejectsPath,
} from '../services/import/rejected-rows';
import { listSnapshots } from '../services/backup/snapshots';
import {
  folderStateError,
  getSnapshotSettings,
  readSnapshotFolder,
  snapshotFolderState,
  updateSnapshotSettings,
  type SnapshotProblem,
} from '../services/backup/snapshot-settings';
import { AppError } from '../services/errors';
import { isoNow } from '../services/clock';
import { EncodingError } from '../services/import/encoding-detect';
import type { HandlerContext } from './handler-context';

type DataChannels =
  | 'import.preview'
  | 'import.run'
  | 'import.cancel'
  | 'import.saveRejected'
  | 'export.customers'
  | 'backup.create'
  | 'backup.restore'
  | 'backup.list'
  | 'backup.snapshotNow'
  | 'backup.getSettings'
  | 'backup.updateSettings'
  | 'jobs.get'
  | 'jobs.cancel';

type SpecInput = { [K in JobSpec['kind']]: Omit<Extract<JobSpec, { kind: K }>, keyof Base> };
type Base = Omit<JobSpec, 'kind' | 'input'>;

export function dataHandlers(ctx: HandlerContext): Pick<Handlers, DataChannels> {
  const dataDir = ctx.dataDir ?? (ctx.db.path === ':memory:' ? tmpdir() : dirname(ctx.db.path));
  const tmpDir = join(dataDir, 'tmp');
  const runner = createJobRunner({
    workerScript: ctx.workerScript ?? defaultWorkerScript(),
    emit: ctx.emit,
    onDataChanged: () => ctx.emit('data.changed', { domain: 'customers' }),
  });
  // Finished imports of this session whose rejected rows wait in a scratch file to be saved.
  const rejects = new Map<string, string>();
  // Why the last snapshot could not be taken (settings shows it until one succeeds).
  let snapshotProblem: SnapshotProblem | null = null;

  const where = () => readSnapshotFolder(ctx, dataDir);
  const start = async <K extends JobSpec['kind']>(
    job: SpecInput[K],
    snapshotFolder: string,
  ): Promise<{ jobId: string }> => {
    if (ctx.db.path === ':memory:') {
      throw new AppError('VALIDATION', 'errors.jobs.memoryDb', 'jobs need a database file');
    }
    const spec = {
      ...job,
      dbPath: ctx.db.path,
      dataDir,
      appVersion: ctx.appVersion,
      now: isoNow(ctx.clock),
      snapshotFolder,
    } as JobSpec;
    return { jobId: runner.start(spec) };
  };
  const read = (path: string): string => ctx.pickedPaths.assertAllowed(path, 'read');
  const write = (path: string): string => ctx.pickedPaths.assertAllowed(path, 'write');
  const problem = (error: { message: string; detail: string }, automatic: boolean) => {
    snapshotProblem = { at: isoNow(ctx.clock), ...error, automatic };
  };

  const keepRejects = (jobId: string, scratch: string): void => {
    rejects.set(jobId, scratch);
    const drop = (id: string, path: string) => {
      rmSync(path, { force: true });
      rejects.delete(id);
    };
    void runner.wait(jobId).then((state: JobState) => {
      const report = state.result?.kind === 'import' ? state.result : null;
      if (!report || report.rejected === 0) drop(jobId, scratch);
    });
    // Jobs the runner no longer remembers cannot be asked for.
    for (const [id, path] of rejects) if (!runner.get(id)) drop(id, path);
  };

  return {
    'import.preview': (input) => {
      try {
        return previewImport(ctx.db.raw, { ...input, path: read(input.path) });
      } catch (error) {
        if (error instanceof EncodingError) {
          throw new AppError('VALIDATION', 'errors.import.encoding', error.message);
        }
        if (error instanceof AppError) throw error;
        throw new AppError('VALIDATION', 'errors.import.unreadable', String(error));
      }
    },
    'import.run': async (input) => {
      const path = read(input.path);
      // Without a path of the caller's, rejected rows go to a scratch file the summary's
      // "Save rejected rows" copies wherever the user then chooses.
      const own = input.rejectedPath ? write(input.rejectedPath) : null;
      pruneScratchRejects(tmpDir, new Set(rejects.values()), Date.now());
      const rejectedPath = own ?? scratchRejectsPath(tmpDir);
      const started = await start<'import'>(
        { kind: 'import', input: { ...input, path, rejectedPath } },
        (await where()).folder,
      );
      if (!own) keepRejects(started.jobId, rejectedPath);
      return started;
    },
    'import.cancel': ({ jobId }) => ({ cancelled: runner.cancel(jobId) }),
    'import.saveRejected': async ({ jobId, path }) => {
      const target = write(path);
      const state = runner.get(jobId);
      const report =
        state?.state === 'done' && state.result?.kind === 'import' ? state.result : null;
      if (!report || report.rejected === 0) {
        throw new AppError('NOT_FOUND', 'errors.rejectedRows.none', `job ${jobId}`);
      }
      await saveRejectedRows(rejects.get(jobId) ?? report.rejectedPath ?? undefined, target);
      return { path: target, rows: report.rejected };
    },
    'export.customers': async (input) =>
      start<'export'>(
        { kind: 'export', input: { ...input, path: write(input.path) } },
        (await where()).folder,
      ),
    'backup.create': async ({ path }) =>
      start<'backup'>({ kind: 'backup', input: { path: write(path) } }, (await where()).folder),
    'backup.restore': async ({ path, dryRun }) => {
      const folder = await where();
      const usable = snapshotFolderState(folder) === 'ok';
      // A snapshot from the list lives in main's own snapshot folder, even one chosen in an
      // earlier session; anything else must have been picked in a dialog.
      const listed = usable && listSnapshots(folder.folder).some((s) => s.path === path);
      return start<'restore'>(
        {
          kind: 'restore',
          input: { path: listed ? path : read(path), ...(dryRun !== undefined ? { dryRun } : {}) },
        },
        // The safety snapshot goes to the default folder while the chosen one is unreachable.
        usable ? folder.folder : folder.defaultFolder,
      );
    },
    'backup.list': async () => listSnapshots((await where()).folder),
    'backup.snapshotNow': async (input) => {
      const automatic = input?.ifDue ?? false;
      const folder = await where();
      const state = snapshotFolderState(folder);
      if (state !== 'ok') {
        // E.g. the USB drive is unplugged: nothing is written anywhere else; the hourly
        // schedule tries again and settings says why meanwhile.
        const error = folderStateError(state, folder.folder);
        problem({ message: error.key, detail: error.message }, automatic);
        throw error;
      }
      const started = await start<'snapshot'>(
        { kind: 'snapshot', input: { ifDue: automatic } },
        folder.folder,
      );
      void runner.wait(started.jobId).then((end) => {
        if (end.state === 'done') snapshotProblem = null;
        else if (end.state === 'failed' && end.error) problem(end.error, automatic);
      });
      return started;
    },
    'backup.getSettings': () => getSnapshotSettings(ctx, dataDir, snapshotProblem),
    'backup.updateSettings': async (patch) => {
      if (patch.folder) ctx.pickedPaths.assertAllowed(patch.folder, 'folder');
      await updateSnapshotSettings(ctx, dataDir, patch);
      // A problem with the old folder says nothing about the new one.
      if (patch.folder !== undefined) snapshotProblem = null;
      return getSnapshotSettings(ctx, dataDir, snapshotProblem);
    },
    'jobs.get': ({ jobId }) => runner.get(jobId),
    'jobs.cancel': ({ jobId }) => ({ cancelled: runner.cancel(jobId) }),
  };
}
