import type BetterSqlite3 from 'better-sqlite3';
import { bulkLoadSteps, startBulkLoad } from './bulk-load.repository';

// Which tables a full backup holds, read from the schema itself so a table a later migration
// adds (reminders, visits, ...) is backed up and restored without touching this code. Derived
// data — full-text indexes and their shadow tables, trigger-kept counters — is never written to
// the archive: on restore the triggers keep the counters and the search indexes are rebuilt.

/** Backup order (parents before children); tables not listed follow in name order. */
export const BACKUP_TABLE_ORDER = [
  'customers',
  'contacts',
  'tags',
  'customer_tags',
  'interactions',
  'visits',
  'settings',
] as const;

const DERIVED_TABLES = new Set(['counters']);

export interface TableColumn {
  name: string;
  /** Declared type, upper case: INTEGER, REAL, TEXT, BLOB or ''. */
  type: string;
  pk: number;
}

export function backupTableNames(raw: BetterSqlite3.Database): string[] {
  const rows = raw
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  const names = rows
    .map((r) => r.name)
    .filter(
      (name) =>
        !DERIVED_TABLES.has(name) && !virtual.some((v) => name === v || name.startsWith(`${v}_`)),
    );
  const order = BACKUP_TABLE_ORDER as readonly string[];
  const rank = (name: string): number => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function tableColumns(raw: BetterSqlite3.Database, table: string): TableColumn[] {
  const rows = raw.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as {
    name: string;
    type: string;
    pk: number;
  }[];
  return rows.map((r) => ({ name: r.name, type: r.type.toUpperCase(), pk: r.pk }));
}

const PAGE_ROWS = 2000;

function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Rows of a table in primary-key order (stable across backups), as arrays of values. */
export function* iterateTableRows(
  raw: BetterSqlite3.Database,
  table: string,
  columns: TableColumn[],
): Generator<unknown[]> {
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const order = pk.length > 0 ? pk.map((c) => quoteId(c.name)).join(', ') : 'rowid';
  const select = `SELECT ${columns.map((c) => quoteId(c.name)).join(', ')} FROM ${quoteId(table)}`;
  const key = pk.length === 1 && pk[0]?.type === 'INTEGER' ? columns.indexOf(pk[0]) : -1;
  if (key < 0) {
    yield* raw.prepare(`${select} ORDER BY ${order}`).raw(true).iterate() as Iterable<unknown[]>;
    return;
  }
  // An integer key is read in pages after the last one: one native call per page, not per
  // row (a sixth of a million-row table's read time).
  const page = raw.prepare(`${select} WHERE ${order} > ? ORDER BY ${order} LIMIT ${PAGE_ROWS}`);
  page.raw(true);
  for (let after: unknown = -Infinity; ;) {
    const rows = page.all(after) as unknown[][];
    yield* rows;
    if (rows.length < PAGE_ROWS) return;
    after = rows[rows.length - 1]?.[key];
  }
}

export function countTableRows(raw: BetterSqlite3.Database, table: string): number {
  return Number(
    raw
      .prepare(`SELECT count(*) FROM ${quoteId(table)}`)
      .pluck()
      .get(),
  );
}

/**
 * At least the table's row count, cheaply (a progress total): the largest rowid, or a count
 * where there is none. count(*) reads a million-row table whole.
 */
export function estimateTableRows(raw: BetterSqlite3.Database, table: string): number {
  const sql = raw
    .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`)
    .pluck()
    .get(table) as string | undefined;
  if (/\bWITHOUT\s+ROWID\b/i.test(sql ?? '')) return countTableRows(raw, table);
  return Number(
    raw
      .prepare(`SELECT ifnull(max(rowid), 0) FROM ${quoteId(table)}`)
      .pluck()
      .get(),
  );
}

export function prepareTableInsert(
  raw: BetterSqlite3.Database,
  table: string,
  columns: string[],
  schema = 'main',
): BetterSqlite3.Statement {
  return raw.prepare(
    `INSERT INTO ${quoteId(schema)}.${quoteId(table)} (${columns.map(quoteId).join(', ')})
     VALUES (${columns.map(() => '?').join(', ')})`,
  );
}

/**
 * Replaces every backed-up table of `main` with the same tables of the attached database `src`
 * (same schema version) as one bulk load: the search indexes are rebuilt once and a large
 * table's indexes recreated after its rows are in (see bulk-load.repository.ts). The caller
 * owns the transaction. `onStep` reports each step done (a table emptied or filled, an index
 * or search index built) out of `total`.
 */
export function replaceTablesFrom(
  raw: BetterSqlite3.Database,
  src: string,
  tables: string[],
  onStep: (done: number, total: number) => void,
): void {
  let done = 0;
  const total = tables.length * 2 + bulkLoadSteps(raw, tables);
  const step = (): void => onStep(++done, total);
  const load = startBulkLoad(raw, step);
  for (const table of [...tables].reverse()) {
    const resume = load.suspendIndexes(table);
    raw.exec(`DELETE FROM main.${quoteId(table)}`);
    // Back at once (instant on an empty table): other tables' triggers may read this one.
    resume(false);
    step();
  }
  for (const table of tables) {
    const cols = tableColumns(raw, table)
      .map((c) => quoteId(c.name))
      .join(', ');
    const resume = load.suspendIndexes(table);
    raw.exec(
      `INSERT INTO main.${quoteId(table)} (${cols}) SELECT ${cols} FROM ${quoteId(src)}.${quoteId(table)}`,
    );
    step();
    resume();
  }
  load.finish();
}
