import type BetterSqlite3 from 'better-sqlite3';

// Which tables a full backup holds, read from the schema itself so a table a later migration
// adds (reminders, visits, ...) is backed up and restored without touching this code. Derived
// data — full-text indexes and their shadow tables, trigger-kept counters — is rebuilt by the
// triggers on restore and never written to the archive.

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

function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Rows of a table in primary-key order (stable across backups), as arrays of values. */
export function iterateTableRows(
  raw: BetterSqlite3.Database,
  table: string,
  columns: TableColumn[],
): IterableIterator<unknown[]> {
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const order = pk.length > 0 ? pk.map((c) => quoteId(c.name)).join(', ') : 'rowid';
  return raw
    .prepare(
      `SELECT ${columns.map((c) => quoteId(c.name)).join(', ')} FROM ${quoteId(table)} ORDER BY ${order}`,
    )
    .raw(true)
    .iterate() as IterableIterator<unknown[]>;
}

export function countTableRows(raw: BetterSqlite3.Database, table: string): number {
  return Number(
    raw
      .prepare(`SELECT count(*) FROM ${quoteId(table)}`)
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
 * (same schema version). The caller owns the transaction; foreign keys are checked at commit.
 */
export function replaceTablesFrom(
  raw: BetterSqlite3.Database,
  src: string,
  tables: string[],
  onTable: (table: string, index: number) => void,
): void {
  raw.pragma('defer_foreign_keys = ON');
  for (const table of [...tables].reverse()) raw.exec(`DELETE FROM main.${quoteId(table)}`);
  tables.forEach((table, index) => {
    onTable(table, index);
    const cols = tableColumns(raw, table)
      .map((c) => quoteId(c.name))
      .join(', ');
    raw.exec(
      `INSERT INTO main.${quoteId(table)} (${cols}) SELECT ${cols} FROM ${quoteId(src)}.${quoteId(table)}`,
    );
  });
}
