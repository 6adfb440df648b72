import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../errors';

// Every import writes its rejected rows (the original cells plus a reason and a line column,
// see import-run.ts) to a scratch file in the data folder's tmp/, so the user can decide after
// seeing the summary whether and where to save them (`import.saveRejected`). Those files are
// named import-rejected-<uuid>.csv; the import report names only a file the user chose.

const SCRATCH = /^import-rejected-[0-9a-f-]{36}\.csv$/;
const DAY_MS = 86_400_000;

/** A fresh scratch path in tmp/ (the job's worker makes the folder, see run-job.ts). */
export function scratchRejectsPath(tmpDir: string): string {
  return join(tmpDir, `import-rejected-${randomUUID()}.csv`);
}

export function isScratchRejects(path: string): boolean {
  return SCRATCH.test(basename(path));
}

/**
 * Removes scratch files nobody can ask for any more: those not in `keep` (this session's
 * finished imports) that are over a day old, so another process using the same data folder
 * (a benchmark, a second window) never loses one it is still writing.
 */
export function pruneScratchRejects(tmpDir: string, keep: ReadonlySet<string>, nowMs: number) {
  if (!existsSync(tmpDir)) return;
  for (const name of readdirSync(tmpDir)) {
    const path = join(tmpDir, name);
    if (!SCRATCH.test(name) || keep.has(path)) continue;
    try {
      if (statSync(path).mtimeMs < nowMs - DAY_MS) rmSync(path, { force: true });
    } catch {
      // Gone already.
    }
  }
}

/** Copies the scratch file to where the user chose (async: it may be large; main stays free). */
export async function saveRejectedRows(scratch: string | undefined, target: string): Promise<void> {
  if (!scratch || !existsSync(scratch)) {
    throw new AppError(
      'NOT_FOUND',
      'errors.rejectedRows.gone',
      'the rejected rows of that import are no longer kept',
    );
  }
  try {
    await copyFile(scratch, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const key =
      code === 'ENOENT'
        ? 'errors.rejectedRows.folderMissing'
        : code === 'EISDIR'
          ? 'errors.rejectedRows.isFolder'
          : 'errors.rejectedRows.cannotWrite';
    throw new AppError('VALIDATION', key, `${target}: ${String(error)}`);
  }
}
