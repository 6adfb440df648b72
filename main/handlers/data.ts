import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import type { Handlers } from '../../shared/ipc/contract';
import { readSetting } from '../../db/repositories/settings.repository';
import { createJobRunner } from '../jobs/job-runner';
import type { JobSpec } from '../jobs/job-protocol';
import { defaultWorkerScript } from '../jobs/worker-script';
import { previewImport } from '../services/import/import-preview';
import { listSnapshots, snapshotsFolder } from '../services/backup/snapshots';
import { AppError } from '../services/errors';
import { isoNow } from '../services/clock';
import { EncodingError } from '../services/import/encoding-detect';
import type { HandlerContext } from './handler-context';

type DataChannels =
  | 'import.preview'
  | 'import.run'
  | 'import.cancel'
  | 'export.customers'
  | 'backup.create'
  | 'backup.restore'
  | 'backup.list'
  | 'backup.snapshotNow'
  | 'jobs.get'
  | 'jobs.cancel';

/** Settings key of a user-chosen snapshot folder (absent = <data folder>/snapshots). */
export const SNAPSHOT_FOLDER_SETTING = 'backup.folder';

type SpecInput = { [K in JobSpec['kind']]: Omit<Extract<JobSpec, { kind: K }>, keyof Base> };
type Base = Omit<JobSpec, 'kind' | 'input'>;

export function dataHandlers(ctx: HandlerContext): Pick<Handlers, DataChannels> {
  const dataDir = ctx.dataDir ?? (ctx.db.path === ':memory:' ? tmpdir() : dirname(ctx.db.path));
  const runner = createJobRunner({
    workerScript: ctx.workerScript ?? defaultWorkerScript(),
    emit: ctx.emit,
    onDataChanged: () => ctx.emit('data.changed', { domain: 'customers' }),
  });
  const folder = async (): Promise<string> =>
    snapshotsFolder(dataDir, await readSetting(ctx.db.kysely, SNAPSHOT_FOLDER_SETTING));
  const start = async <K extends JobSpec['kind']>(
    job: SpecInput[K],
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
      snapshotFolder: await folder(),
    } as JobSpec;
    return { jobId: runner.start(spec) };
  };
  const read = (path: string): string => ctx.pickedPaths.assertAllowed(path, 'read');
  const write = (path: string): string => ctx.pickedPaths.assertAllowed(path, 'write');

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
    'import.run': (input) =>
      start<'import'>({
        kind: 'import',
        input: {
          ...input,
          path: read(input.path),
          ...(input.rejectedPath ? { rejectedPath: write(input.rejectedPath) } : {}),
        },
      }),
    'import.cancel': ({ jobId }) => ({ cancelled: runner.cancel(jobId) }),
    'export.customers': (input) =>
      start<'export'>({ kind: 'export', input: { ...input, path: write(input.path) } }),
    'backup.create': ({ path }) =>
      start<'backup'>({ kind: 'backup', input: { path: write(path) } }),
    'backup.restore': ({ path, dryRun }) =>
      start<'restore'>({
        kind: 'restore',
        input: { path: read(path), ...(dryRun !== undefined ? { dryRun } : {}) },
      }),
    'backup.list': async () => listSnapshots(await folder()),
    'backup.snapshotNow': (input) =>
      start<'snapshot'>({ kind: 'snapshot', input: { ifDue: input?.ifDue ?? false } }),
    'jobs.get': ({ jobId }) => runner.get(jobId),
    'jobs.cancel': ({ jobId }) => ({ cancelled: runner.cancel(jobId) }),
  };
}
