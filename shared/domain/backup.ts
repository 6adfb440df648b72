import { z } from 'zod';
import { exportReportSchema, importReportSchema } from './import';

// Full backups (.kemai-backup: a zip of one CSV per table plus manifest.json) and automatic
// SQLite snapshots.

export const BACKUP_FORMAT = 'kemai-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  tables: z.array(
    z.object({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      file: z.string().regex(/^[a-z_][a-z0-9_]*\.csv$/),
      columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
      rows: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const pathField = z.string().min(1).max(4096);

export const backupCreateInputSchema = z.object({ path: pathField }).strict();
export const backupRestoreInputSchema = z
  .object({
    path: pathField,
    /** Validate and report what would be replaced, without changing anything. */
    dryRun: z.boolean().optional(),
  })
  .strict();

const tableCountsSchema = z.record(z.string(), z.number().int());

export const backupReportSchema = z.object({
  kind: z.literal('backup'),
  path: z.string(),
  bytes: z.number().int(),
  rows: tableCountsSchema,
  ms: z.number(),
});
export type BackupReport = z.infer<typeof backupReportSchema>;

export const restoreReportSchema = z.object({
  kind: z.literal('restore'),
  dryRun: z.boolean(),
  source: z.enum(['archive', 'snapshot']),
  schemaVersion: z.number().int(),
  /** Rows per table now in the database (before) and in the archive (after). */
  before: tableCountsSchema,
  after: tableCountsSchema,
  safetySnapshot: z.string().nullable(),
  ms: z.number(),
});
export type RestoreReport = z.infer<typeof restoreReportSchema>;

export const snapshotSchema = z.object({
  path: z.string(),
  name: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  kind: z.enum(['daily', 'manual', 'safety']),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotReportSchema = z.object({
  kind: z.literal('snapshot'),
  /** null when a daily snapshot was asked for `ifDue` and today's already exists. */
  snapshot: snapshotSchema.nullable(),
  removed: z.array(z.string()),
  ms: z.number(),
});
export type SnapshotReport = z.infer<typeof snapshotReportSchema>;

export const jobResultSchema = z.discriminatedUnion('kind', [
  importReportSchema,
  exportReportSchema,
  backupReportSchema,
  restoreReportSchema,
  snapshotReportSchema,
]);
export type JobResult = z.infer<typeof jobResultSchema>;
export type JobKind = JobResult['kind'];

export const jobStateSchema = z.object({
  jobId: z.string(),
  kind: z.enum(['import', 'export', 'backup', 'restore', 'snapshot']),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number(),
  result: jobResultSchema.nullable(),
  /** i18n key (errors.import.*, errors.backup.*) with an English detail. */
  error: z.object({ message: z.string(), detail: z.string() }).nullable(),
});
export type JobState = z.infer<typeof jobStateSchema>;
