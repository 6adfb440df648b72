import type { JobKind, JobResult } from '../../shared/domain/backup';
import type { ExportInput, ImportRunInput } from '../../shared/domain/import';

/** What the main thread hands a worker (structured-cloned as workerData). */
export type JobSpec = {
  dbPath: string;
  dataDir: string;
  appVersion: string;
  now: string;
  snapshotFolder: string;
} & (
  | { kind: 'import'; input: ImportRunInput }
  | { kind: 'export'; input: ExportInput }
  | { kind: 'backup'; input: { path: string } }
  | { kind: 'restore'; input: { path: string; dryRun?: boolean } }
  | { kind: 'snapshot'; input: { ifDue: boolean } }
);

export type { JobKind };

/** Messages a worker posts back. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; rows?: number }
  | { type: 'result'; result: JobResult }
  | { type: 'error'; message: string; detail: string; cancelled: boolean };
