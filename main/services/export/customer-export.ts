import { rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import {
  COLUMN_LABELS,
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportInput,
  type ExportReport,
} from '../../../shared/domain/import';
import type { Database } from '../../../db/schema';
import {
  countLiveCustomers,
  prepareExportReader,
  type ExportRow,
  type ExportRowColumn,
} from '../../../db/repositories/import-export.repository';
import { listCustomerRows } from '../../../db/repositories/customer-search.repository';
import { checkCancelled, type JobControl } from '../../jobs/job-control';
import { csvGuardedField, CsvFileWriter } from './csv-write';

/** The default columns: everything an import can read back, so a round trip is lossless. */
export const DEFAULT_EXPORT_COLUMNS: ExportColumn[] = EXPORT_COLUMNS.filter(
  (c) => !['id', 'lastContactAt', 'createdAt', 'updatedAt'].includes(c),
);

/** Where each export column's value sits in a row array. */
const SOURCE: Record<ExportColumn, ExportRowColumn> = {
  name: 'name',
  kind: 'kind',
  phone: 'phone',
  email: 'email',
  company: 'company',
  title: 'title',
  industry: 'industry',
  size: 'size',
  source: 'source',
  stage: 'stage',
  tier: 'tier',
  owner: 'owner',
  province: 'province',
  city: 'city',
  district: 'district',
  address: 'address',
  lat: 'lat',
  lng: 'lng',
  birthday: 'birthday',
  gender: 'gender',
  notes: 'notes',
  tags: 'tag_names',
  contactName: 'contact_name',
  contactTitle: 'contact_title',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
  contactWechat: 'contact_wechat',
  id: 'id',
  lastContactAt: 'last_contact_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

// Rows per read: one native call per page instead of one per row.
const PAGE_ROWS = 2000;

function isWholeList(input: ExportInput): boolean {
  const filtered = input.filter && Object.values(input.filter).some((v) => v !== undefined);
  return !input.query?.trim() && !filtered && !input.sort;
}

/** The seqs of the current list (search, filter and sort as the list shows them). */
async function listSeqs(db: Kysely<Database>, input: ExportInput): Promise<number[]> {
  const query = input.query?.trim() ? input.query : null;
  const sort = input.sort ?? {
    field: query ? ('relevance' as const) : ('updatedAt' as const),
    dir: query ? ('asc' as const) : ('desc' as const),
  };
  const seqs: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await listCustomerRows(db, {
      query,
      filter: input.filter ?? {},
      sort,
      limit: 500,
      cursor,
      deleted: false,
    });
    for (const row of page.rows) seqs.push(row.seq);
    cursor = page.nextCursor;
  } while (cursor);
  return seqs;
}

/**
 * Writes customers to CSV: UTF-8 with BOM (so Excel reads Chinese right), RFC 4180 quoting,
 * every cell through the formula guard. Values are written exactly as stored, so phone numbers
 * and other leading-zero values stay text (no number formatting ever touches them).
 */
export async function exportCustomers(
  db: { kysely: Kysely<Database>; raw: BetterSqlite3.Database },
  input: ExportInput,
  control: JobControl,
): Promise<ExportReport> {
  const started = performance.now();
  const columns = input.columns ?? DEFAULT_EXPORT_COLUMNS;
  const language = input.language ?? 'zh-CN';
  const reader = prepareExportReader(
    db.raw,
    columns.map((c) => SOURCE[c]),
  );
  const tagsAt = columns.indexOf('tags') + 1;
  const width = columns.length + 1;
  const writer = new CsvFileWriter(input.path, { bom: true });
  let rows = 0;
  // The hot loop of a million-row export: one line string per row, no per-row arrays.
  const write = (page: ExportRow[]): void => {
    for (const row of page) {
      let line = '';
      for (let i = 1; i < width; i++) {
        if (i > 1) line += ',';
        const v = i === tagsAt ? reader.tagNames(row[i] ?? null) : row[i];
        if (v === null || v === undefined) continue;
        // Numbers (lat, lng) are written as JavaScript prints them; text goes through the guard.
        line += typeof v === 'number' ? String(v) : csvGuardedField(v);
      }
      writer.writeLine(`${line}\r\n`);
    }
    rows += page.length;
  };
  try {
    writer.writeRow(
      columns.map((c) => (input.headers === 'keys' ? c : COLUMN_LABELS[c][language])),
    );
    if (isWholeList(input)) {
      const total = countLiveCustomers(db.raw);
      for (let page = reader.page(-Infinity, PAGE_ROWS); page.length > 0;) {
        write(page);
        control.progress(rows, total, rows);
        checkCancelled(control);
        page = reader.page(Number(page[page.length - 1]?.[0]), PAGE_ROWS);
      }
    } else {
      const seqs = await listSeqs(db.kysely, input);
      for (let i = 0; i < seqs.length; i += PAGE_ROWS) {
        write(reader.bySeq(seqs.slice(i, i + PAGE_ROWS)));
        control.progress(rows, seqs.length, rows);
        checkCancelled(control);
      }
    }
  } catch (error) {
    // A cancelled or failed export leaves no half-written file behind.
    writer.close();
    rmSync(input.path, { force: true });
    throw error;
  }
  writer.close();
  control.progress(rows, rows, rows);
  return { kind: 'export', rows, path: input.path, ms: Math.round(performance.now() - started) };
}
