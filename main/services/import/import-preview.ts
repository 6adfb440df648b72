import { closeSync, openSync, readSync } from 'node:fs';
import type {
  Delimiter,
  ImportEncoding,
  ImportMapping,
  ImportPreview,
} from '../../../shared/domain/import';
import { importMappingSchema } from '../../../shared/domain/import';
import type BetterSqlite3 from 'better-sqlite3';
import { createDecoder, detectEncoding, EncodingError } from './encoding-detect';
import { sniffDelimiter } from './delimiter-sniff';
import { CsvReader, isRecordError, type CsvItem } from './csv-reader';
import { isKemaiHeader, mappingSettingKey, suggestMapping } from './header-mapping';
import { headersBeforeRejectColumns } from './reject-reasons';
import { validateRow } from './row-validate';

const SAMPLE_BYTES = 256 * 1024;
const PREVIEW_ROWS = 20;

export interface SniffedFile {
  encoding: ImportEncoding;
  delimiter: Delimiter;
  sample: string;
}

/** Encoding and delimiter of a file from its first 256 KiB (either may be forced). */
export function sniffFile(
  path: string,
  encoding?: ImportEncoding,
  delimiter?: Delimiter,
): SniffedFile {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const n = readSync(fd, buffer, 0, SAMPLE_BYTES, 0);
    bytes = buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
  const detected = detectEncoding(bytes);
  const chosen = encoding ?? detected.encoding;
  const skip = chosen === detected.encoding ? detected.bomLength : 0;
  let sample: string;
  try {
    sample = createDecoder(chosen).write(bytes.subarray(skip));
  } catch {
    throw new EncodingError(chosen);
  }
  return { encoding: chosen, delimiter: delimiter ?? sniffDelimiter(sample), sample };
}

/** The header row and the first records of a sample (records cut by the sample's end dropped). */
export function sampleRecords(sample: string, delimiter: Delimiter, max: number): CsvItem[] {
  const items: CsvItem[] = [];
  const reader = new CsvReader(delimiter, (item) => items.push(item));
  reader.push(sample);
  return items.slice(0, max + 1);
}

function storedMapping(raw: BetterSqlite3.Database, headers: string[]): ImportMapping | null {
  const row = raw
    .prepare(`SELECT value FROM settings WHERE key = ?`)
    .pluck()
    .get(mappingSettingKey(headers));
  if (typeof row !== 'string') return null;
  try {
    const parsed = importMappingSchema.safeParse(JSON.parse(row));
    return parsed.success && parsed.data.length === headers.length ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The mapping last confirmed for these headers. A rejected-rows file (the original headers plus
 * a reason and a line column) gets the original file's mapping, its two extra columns ignored,
 * so a fixed file goes back in the way the first import read it.
 */
export function rememberedMapping(
  raw: BetterSqlite3.Database,
  headers: string[],
): ImportMapping | null {
  const own = storedMapping(raw, headers);
  if (own) return own;
  const original = headersBeforeRejectColumns(headers);
  const mapping = original ? storedMapping(raw, original) : null;
  return mapping ? [...mapping, null, null] : null;
}

function sameMapping(a: ImportMapping, b: ImportMapping | null): boolean {
  return b !== null && a.length === b.length && a.every((field, i) => field === b[i]);
}

export function previewImport(
  raw: BetterSqlite3.Database,
  input: {
    path: string;
    encoding?: ImportEncoding;
    delimiter?: Delimiter;
    dateOrder?: 'ymd' | 'dmy' | 'mdy';
    /** The user's mapping from the wizard; used when it fits the file's columns. */
    mapping?: ImportMapping;
  },
): ImportPreview {
  const file = sniffFile(input.path, input.encoding, input.delimiter);
  const items = sampleRecords(file.sample, file.delimiter, PREVIEW_ROWS);
  const head = items[0];
  const headers = head && !isRecordError(head) ? head.fields.map((f) => (f ?? '').trim()) : [];
  const remembered = rememberedMapping(raw, headers);
  // The sample is checked against the mapping the user is looking at, so re-matching a column
  // shows that column's problems at once (not only when the import runs).
  const mapping =
    input.mapping && input.mapping.length === headers.length
      ? input.mapping
      : (remembered ?? suggestMapping(headers));
  const kemaiFile = isKemaiHeader(headersBeforeRejectColumns(headers) ?? headers);
  const rows = items.slice(1).map((item) => {
    if (isRecordError(item)) {
      return {
        line: item.line,
        cells: [],
        issues: [{ column: -1, field: '', message: `errors.import.${item.error}` }],
      };
    }
    const result = validateRow(item.fields, {
      mapping,
      dateOrder: input.dateOrder ?? 'ymd',
      unguard: kemaiFile,
    });
    return {
      line: item.line,
      cells: item.fields.map((f) => f ?? ''),
      issues: result.ok ? [] : result.issues,
    };
  });
  return {
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers,
    mapping,
    rememberedMapping: sameMapping(mapping, remembered),
    kemaiFile,
    rows,
  };
}
