import type BetterSqlite3 from 'better-sqlite3';

// Rows for the CSV export: each live customer with its primary contact and tag names, read on
// the raw connection as an iterator so a million rows never sit in memory at once. Rows come
// back as arrays (better-sqlite3 `raw`): building a million 32-key objects cost ~40% of an
// export's time.

/** The exported row's columns, in the order of each row array. */
export const EXPORT_ROW_COLUMNS = [
  'seq',
  'id',
  'kind',
  'name',
  'phone',
  'email',
  'company',
  'title',
  'industry',
  'size',
  'source',
  'stage',
  'tier',
  'owner',
  'province',
  'city',
  'district',
  'address',
  'lat',
  'lng',
  'birthday',
  'gender',
  'notes',
  'last_contact_at',
  'created_at',
  'updated_at',
  'contact_name',
  'contact_title',
  'contact_phone',
  'contact_email',
  'contact_wechat',
  'tag_names',
] as const;
export type ExportRowColumn = (typeof EXPORT_ROW_COLUMNS)[number];

/** One exported row: values in EXPORT_ROW_COLUMNS order (text, numbers or NULL). */
export type ExportRow = readonly (string | number | null)[];

export const TAG_SEPARATOR = '、';

const SELECT = `SELECT c.seq, c.id, c.kind, c.name, c.phone, c.email, c.company, c.title, c.industry,
    c.size, c.source, c.stage, c.tier, c.owner, c.province, c.city, c.district, c.address, c.lat,
    c.lng, c.birthday, c.gender, c.notes, c.last_contact_at, c.created_at, c.updated_at,
    p.name AS contact_name, p.title AS contact_title, p.phone AS contact_phone,
    p.email AS contact_email, p.wechat AS contact_wechat,
    (SELECT group_concat(name, '${TAG_SEPARATOR}') FROM (SELECT t.name FROM customer_tags ct
       JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id ORDER BY t.name)) AS tag_names
  FROM customers c
  LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 AND p.deleted_at IS NULL`;

/** Every live customer in insertion order (seq), so an export -> import -> export is stable. */
export function iterateAllExportRows(raw: BetterSqlite3.Database): IterableIterator<ExportRow> {
  return raw
    .prepare(`${SELECT} WHERE c.deleted_at IS NULL ORDER BY c.seq`)
    .raw(true)
    .iterate() as IterableIterator<ExportRow>;
}

export function countLiveCustomers(raw: BetterSqlite3.Database): number {
  return Number(
    raw.prepare(`SELECT value FROM counters WHERE name = 'customers.live'`).pluck().get() ?? 0,
  );
}

/** The given customers (by seq), in the order given. */
export function exportRowsBySeq(raw: BetterSqlite3.Database, seqs: number[]): ExportRow[] {
  if (seqs.length === 0) return [];
  const rows = raw
    .prepare(`${SELECT} WHERE c.seq IN (SELECT value FROM json_each(?))`)
    .raw(true)
    .all(JSON.stringify(seqs)) as ExportRow[];
  const bySeq = new Map(rows.map((r) => [r[0], r]));
  return seqs.flatMap((s) => {
    const row = bySeq.get(s);
    return row ? [row] : [];
  });
}
