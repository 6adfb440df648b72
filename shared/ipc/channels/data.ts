import { z } from 'zod';
import {
  exportInputSchema,
  importPreviewInputSchema,
  importPreviewSchema,
  importRunInputSchema,
} from '../../domain/import';
import {
  backupCreateInputSchema,
  backupRestoreInputSchema,
  jobStateSchema,
  snapshotSchema,
} from '../../domain/backup';
import { none } from './common';

const jobId = z.object({ jobId: z.string().min(1).max(64) }).strict();
const started = z.object({ jobId: z.string() });

// Long work runs as a job in a worker: these channels answer { jobId } at once, progress comes
// as `job.progress` events, the outcome as a `job.result` event and from `jobs.get`.
export const dataChannels = {
  'import.preview': { input: importPreviewInputSchema, output: importPreviewSchema },
  'import.run': { input: importRunInputSchema, output: started },
  'import.cancel': { input: jobId, output: z.object({ cancelled: z.boolean() }) },
  'export.customers': { input: exportInputSchema, output: started },
  'backup.create': { input: backupCreateInputSchema, output: started },
  'backup.restore': { input: backupRestoreInputSchema, output: started },
  'backup.list': { input: none, output: z.array(snapshotSchema) },
  // ifDue: the daily schedule asks for a snapshot only when today's does not exist yet.
  'backup.snapshotNow': {
    input: z.object({ ifDue: z.boolean().optional() }).strict().optional(),
    output: started,
  },
  'jobs.get': { input: jobId, output: jobStateSchema.nullable() },
  'jobs.cancel': { input: jobId, output: z.object({ cancelled: z.boolean() }) },
} as const;
