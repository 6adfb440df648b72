import type BetterSqlite3 from 'better-sqlite3';
import type { ImportReport, ImportRunInput } from '../../../shared/domain/import';
import { AppError } from '../errors';
import { checkCancelled, type JobControl } from '../../jobs/job-control';
import { CsvFileWriter } from '../export/csv-write';
import { CsvReader, isRecordError, type CsvItem } from './csv-reader';
import { EncodingError, readTextSync } from './encoding-detect';
import { isKemaiHeader, mappingSettingKey } from './header-mapping';
import { sniffFile } from './import-preview';
import { createRowApplier } from './import-apply';
import {
  headersBeforeRejectColumns,
  issuesText,
  reasonText,
  REJECT_COLUMNS,
} from './reject-reasons';
import { isScratchRejects } from './rejected-rows';
import { validateRow } from './row-validate';

// Progress (and the cancel check) every few hundred rows: cheap, and smooth enough for rows/s.
const PROGRESS_EVERY = 500;
const SAMPLE_REJECTS = 100;
// The import connection gets ~100 MB of page cache: fewer pages spilled to the WAL mid-
// transaction and duplicate probes in memory, within the 400 MB RSS budget (200 MB of cache
// measured 416 MB peak at 1M rows).
const IMPORT_CACHE_KIB = 100_000;

/**
 * Imports customers from a CSV file in ONE transaction on `raw` (the worker's own connection):
 * the file is read and parsed in a stream, each row validated and written, and only a
 * successful end commits. A cancel, an error, a crash or a kill leaves the database as before.
 */
export function runImport(
  raw: BetterSqlite3.Database,
  input: ImportRunInput,
  control: JobControl,
  now: string,
): ImportReport {
  const started = performance.now();
  const file = sniffFile(input.path, input.encoding, input.delimiter);
  const report: ImportReport = {
    kind: 'import',
    created: 0,
    updated: 0,
    skipped: 0,
    rejected: 0,
    rows: 0,
    rejectedSample: [],
    // A scratch file (the handler's, for `import.saveRejected`) is not the user's to see.
    rejectedPath:
      input.rejectedPath && !isScratchRejects(input.rejectedPath) ? input.rejectedPath : null,
    ms: 0,
  };
  let headers: string[] | null = null;
  let unguard = false;
  let rejects: CsvFileWriter | null = null;
  const apply = createRowApplier(raw, input.mapping, input.duplicates, now);
  const dateOrder = input.dateOrder ?? 'ymd';
  let bytesDone = 0;
  let bytesTotal = 0;

  const reject = (line: number, reason: string, detail: string, cells: (string | null)[]) => {
    report.rejected++;
    if (report.rejectedSample.length < SAMPLE_REJECTS) {
      report.rejectedSample.push({ line, reason, detail });
    }
    if (rejects && headers) {
      const padded = headers.map((_h, i) => cells[i] ?? '');
      rejects.writeRow([
        ...padded,
        ...cells.slice(headers.length).map((c) => c ?? ''),
        detail,
        String(line),
      ]);
    }
  };

  const onItem = (item: CsvItem): void => {
    if (!headers) {
      if (isRecordError(item)) {
        throw new AppError(
          'VALIDATION',
          'errors.import.badHeader',
          `line ${item.line}: ${item.error}`,
        );
      }
      headers = item.fields.map((f) => (f ?? '').trim());
      if (headers.length !== input.mapping.length) {
        throw new AppError(
          'VALIDATION',
          'errors.import.mappingMismatch',
          `the mapping has ${input.mapping.length} columns, the file ${headers.length}`,
        );
      }
      // A rejected-rows file of a Kemai export still holds Kemai's guarded cells.
      unguard = isKemaiHeader(headersBeforeRejectColumns(headers) ?? headers);
      if (input.rejectedPath) {
        rejects = new CsvFileWriter(input.rejectedPath, { bom: true });
        rejects.writeRow([...headers, ...REJECT_COLUMNS]);
      }
      return;
    }
    if (isRecordError(item)) {
      report.rows++;
      const key = `errors.import.${item.error}`;
      // The cells cannot be told apart, so the whole text goes in the first column to fix.
      reject(item.line, key, `line ${item.line}: ${reasonText(key)}`, [item.raw]);
      return;
    }
    const cells = item.fields;
    if (cells.every((c) => c === null || c.trim() === '')) return;
    report.rows++;
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c && c.trim())) {
      reject(item.line, 'validation.extraCells', reasonText('validation.extraCells'), cells);
    } else {
      const result = validateRow(cells, { mapping: input.mapping, dateOrder, unguard });
      if (!result.ok) {
        reject(
          item.line,
          result.issues[0]?.message ?? 'errors.validation',
          issuesText(result.issues, headers),
          cells,
        );
      } else {
        report[apply(result.row)]++;
      }
    }
    if (report.rows % PROGRESS_EVERY === 0) {
      control.progress(bytesDone, bytesTotal, report.rows);
      checkCancelled(control);
    }
  };

  const previousCache = raw.pragma('cache_size', { simple: true });
  raw.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  raw.exec('BEGIN IMMEDIATE');
  try {
    const reader = new CsvReader(file.delimiter, onItem);
    readTextSync(input.path, file.encoding, (text, done, total) => {
      bytesTotal = total;
      reader.push(text);
      bytesDone = done;
    });
    control.progress(bytesDone, bytesTotal, report.rows);
    reader.end();
    if (!headers)
      throw new AppError('VALIDATION', 'errors.import.empty', 'the file has no header row');
    raw
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(mappingSettingKey(headers), JSON.stringify(input.mapping), now);
    checkCancelled(control);
    raw.exec('COMMIT');
  } catch (error) {
    raw.exec('ROLLBACK');
    if (error instanceof EncodingError) {
      throw new AppError('VALIDATION', 'errors.import.encoding', error.message);
    }
    throw error;
  } finally {
    (rejects as CsvFileWriter | null)?.close();
    raw.pragma(`cache_size = ${String(previousCache)}`);
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
