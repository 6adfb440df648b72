import type BetterSqlite3 from 'better-sqlite3';

// Rows for the CSV export: each live customer with its primary contact and tag names, read on
// the raw connection as an iterator so a million rows never sit in memory at once.

export interface ExportRow {
  seq: number;
  id: string;
  kind: string;
  name: string;
  phone: string | null;
  email: string | null;
  company: string | null;
  title: string | null;
  industry: string | null;
  size: string | null;
  source: string | null;
  stage: string;
  tier: string;
  owner: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  birthday: string | null;
  gender: string | null;
  notes: string | null;
  last_contact_at: string | null;
  created_at: string;
  updated_at: string;
  contact_name: string | null;
  contact_title: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  contact_wechat: string | null;
  tag_names: string | null;
}

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
    .all(JSON.stringify(seqs)) as ExportRow[];
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return seqs.flatMap((s) => {
    const row = bySeq.get(s);
    return row ? [row] : [];
  });
}
