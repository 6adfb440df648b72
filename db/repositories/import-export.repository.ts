import type BetterSqlite3 from 'better-sqlite3';
import { CUSTOMER_FIELD_COLUMNS } from './customers-bulk.repository';

// Rows for the CSV export: live customers with their primary contact and tags, read on the raw
// connection in pages so a million rows never sit in memory at once. Only the columns the export
// writes are selected, and rows come back as arrays (better-sqlite3 `raw`): at a million rows
// every extra value or per-row object costs seconds.

// Names go into the SQL text, so only these pass: the customer's own fields and its dates.
const CUSTOMER_COLUMNS = [
  'id',
  ...CUSTOMER_FIELD_COLUMNS,
  'last_contact_at',
  'created_at',
  'updated_at',
] as const;

/** The primary contact's columns, by the name the export reads them under. */
const CONTACT_COLUMNS = {
  contact_name: 'name',
  contact_title: 'title',
  contact_phone: 'phone',
  contact_email: 'email',
  contact_wechat: 'wechat',
} as const;

export type ExportRowColumn =
  (typeof CUSTOMER_COLUMNS)[number] | keyof typeof CONTACT_COLUMNS | 'tag_names';

/**
 * One exported row: its seq, then the requested columns' values in the order requested (text,
 * numbers or NULL). A `tag_names` cell holds the customer's tag ids as a JSON array (or NULL);
 * `ExportReader.tagNames` turns it into the names.
 */
export type ExportRow = readonly (string | number | null)[];

export const TAG_SEPARATOR = '、';

export interface ExportReader {
  /** Live customers with seq > afterSeq, in seq (insertion) order, at most `limit`. */
  page: (afterSeq: number, limit: number) => ExportRow[];
  /** The given live customers (by seq), in the order given. */
  bySeq: (seqs: number[]) => ExportRow[];
  /** A `tag_names` cell as the names in name order joined by 、 (NULL when there are none). */
  tagNames: (cell: string | number | null) => string | null;
}

function selectList(columns: readonly ExportRowColumn[]): { list: string; contacts: boolean } {
  let contacts = false;
  const list = columns.map((column) => {
    if (column === 'tag_names') {
      // Tag ids by primary-key seek, not a per-row join and sort: the names are resolved (and
      // ordered) once per distinct tag set in JavaScript.
      return `(SELECT json_group_array(tag_id) FROM customer_tags WHERE customer_id = c.id)`;
    }
    if (column in CONTACT_COLUMNS) {
      contacts = true;
      return `p.${CONTACT_COLUMNS[column as keyof typeof CONTACT_COLUMNS]}`;
    }
    // Names go into the SQL text: only known columns pass.
    if (!(CUSTOMER_COLUMNS as readonly string[]).includes(column)) {
      throw new Error(`unknown export column ${column}`);
    }
    return `c.${column}`;
  });
  return { list: ['c.seq', ...list].join(', '), contacts };
}

/** Prepares the export's statements for the given columns (each row: seq, then those). */
export function prepareExportReader(
  raw: BetterSqlite3.Database,
  columns: readonly ExportRowColumn[],
): ExportReader {
  const { list, contacts } = selectList(columns);
  const from = `FROM customers c${
    contacts
      ? ' LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 AND p.deleted_at IS NULL'
      : ''
  }`;
  const page = raw
    .prepare(
      `SELECT ${list} ${from} WHERE c.seq > ? AND c.deleted_at IS NULL ORDER BY c.seq LIMIT ?`,
    )
    .raw(true);
  const bySeq = raw
    .prepare(
      `SELECT ${list} ${from}
       WHERE c.seq IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL`,
    )
    .raw(true);
  // Names ranked by the column's own collation (NOCASE), as ORDER BY name would sort them.
  const tagRank = new Map<string, { name: string; rank: number }>();
  (
    raw.prepare(`SELECT id, name FROM tags ORDER BY name`).raw(true).all() as [string, string][]
  ).forEach(([id, name], rank) => tagRank.set(id, { name, rank }));
  // Distinct tag sets are few in practice; the bound keeps a pathological file in check.
  const tagSets = new Map<string, string | null>();
  return {
    page: (afterSeq, limit) => page.all(afterSeq, limit) as ExportRow[],
    bySeq: (seqs) => {
      if (seqs.length === 0) return [];
      const rows = bySeq.all(JSON.stringify(seqs)) as ExportRow[];
      const found = new Map(rows.map((r) => [r[0], r]));
      return seqs.flatMap((s) => {
        const row = found.get(s);
        return row ? [row] : [];
      });
    },
    tagNames: (cell) => {
      if (typeof cell !== 'string') return null;
      let names = tagSets.get(cell);
      if (names === undefined) {
        const tags = (JSON.parse(cell) as string[]).flatMap((id) => tagRank.get(id) ?? []);
        tags.sort((a, b) => a.rank - b.rank);
        names = tags.length > 0 ? tags.map((t) => t.name).join(TAG_SEPARATOR) : null;
        if (tagSets.size >= 10_000) tagSets.clear();
        tagSets.set(cell, names);
      }
      return names;
    },
  };
}

export function countLiveCustomers(raw: BetterSqlite3.Database): number {
  return Number(
    raw.prepare(`SELECT value FROM counters WHERE name = 'customers.live'`).pluck().get() ?? 0,
  );
}
