import { z } from 'zod';
import {
  exportInputSchema,
  importMappingSchema,
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
const pathField = z.string().min(1).max(4096);

/** How many automatic snapshots the user may keep (settings; the snapshot job prunes to it). */
export const SNAPSHOT_RETENTION_LIMITS = {
  daily: { min: 1, max: 60 },
  weekly: { min: 0, max: 52 },
} as const;

const count = (limits: { min: number; max: number }, message: string) =>
  z.number().int(message).min(limits.min, message).max(limits.max, message);

/**
 * Where snapshots go and how many are kept, with the folder's state right now: a folder on a
 * USB drive that is unplugged is `missing`, and snapshots wait until it is back.
 */
export const snapshotSettingsSchema = z.object({
  folder: z.string(),
  defaultFolder: z.string(),
  /** True when the user chose the folder; false for <app data folder>/snapshots. */
  custom: z.boolean(),
  daily: z.number().int(),
  weekly: z.number().int(),
  folderState: z.enum(['ok', 'missing', 'notFolder', 'notWritable']),
  /** The last snapshot that could not be taken (cleared by the next one that is). */
  lastProblem: z
    .object({ at: z.string(), message: z.string(), detail: z.string(), automatic: z.boolean() })
    .nullable(),
});
export type SnapshotSettings = z.infer<typeof snapshotSettingsSchema>;

export const snapshotSettingsPatchSchema = z
  .object({
    /** An existing, writable folder (from the folder dialog under Electron); null = default. */
    folder: pathField.nullable().optional(),
    daily: count(SNAPSHOT_RETENTION_LIMITS.daily, 'validation.snapshotDaily').optional(),
    weekly: count(SNAPSHOT_RETENTION_LIMITS.weekly, 'validation.snapshotWeekly').optional(),
  })
  .strict();
export type SnapshotSettingsPatch = z.infer<typeof snapshotSettingsPatchSchema>;

// Long work runs as a job in a worker: these channels answer { jobId } at once, progress comes
// as `job.progress` events, the outcome as a `job.result` event and from `jobs.get`.
export const dataChannels = {
  // With `mapping` the sample rows are checked against that mapping (the user's edits in the
  // wizard) and it is returned as `mapping`; without it, the remembered or suggested one.
  'import.preview': {
    input: importPreviewInputSchema.extend({ mapping: importMappingSchema.optional() }).strict(),
    output: importPreviewSchema,
  },
  'import.run': { input: importRunInputSchema, output: started },
  'import.cancel': { input: jobId, output: z.object({ cancelled: z.boolean() }) },
  /** Copies a finished import's rejected rows (with a reason column) to a file the user chose. */
  'import.saveRejected': {
    input: z.object({ jobId: z.string().min(1).max(64), path: pathField }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  'export.customers': { input: exportInputSchema, output: started },
  'backup.create': { input: backupCreateInputSchema, output: started },
  'backup.restore': { input: backupRestoreInputSchema, output: started },
  'backup.list': { input: none, output: z.array(snapshotSchema) },
  // ifDue: the daily schedule asks for a snapshot only when today's does not exist yet.
  'backup.snapshotNow': {
    input: z.object({ ifDue: z.boolean().optional() }).strict().optional(),
    output: started,
  },
  'backup.getSettings': { input: none, output: snapshotSettingsSchema },
  'backup.updateSettings': { input: snapshotSettingsPatchSchema, output: snapshotSettingsSchema },
  'jobs.get': { input: jobId, output: jobStateSchema.nullable() },
  'jobs.cancel': { input: jobId, output: z.object({ cancelled: z.boolean() }) },
} as const;
