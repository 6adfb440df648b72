import type BetterSqlite3 from 'better-sqlite3';

// Loading whole tables (a restore) row by row through every index and search trigger costs
// hundreds of seconds at a million customers: each row lands at a random place in twenty
// B-trees and is tokenised into two full-text indexes. Inside the caller's transaction, a bulk
// load instead drops the search triggers and a table's non-unique indexes, loads the rows,
// recreates the indexes (CREATE INDEX sorts once) and rebuilds each search index from its
// table once. Everything is read from the schema itself, so tables, indexes and triggers that
// later migrations add are handled the same way; a crash or an error rolls all of it back.

interface SchemaObject {
  name: string;
  table: string;
  sql: string;
}

/** Contentless search indexes keep no copy of their text: each names how to recompute it. */
const CONTENTLESS_SOURCES: Record<string, { columns: string; select: string }> = {
  customer_grams: {
    columns: 'rowid, grams',
    select: 'SELECT seq, kemai_grams(name, company) FROM customers',
  },
};

function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w$])${escaped}($|[^\\w$])`, 'i').test(text);
}

/** A trigger's body (after BEGIN) without its string literals: the tables it names. */
function body(trigger: SchemaObject): string {
  const at = trigger.sql.search(/\bBEGIN\b/i);
  return (at < 0 ? trigger.sql : trigger.sql.slice(at)).replace(/'(?:[^']|'')*'/g, "''");
}

/** The table each write statement of a trigger body names (schema prefix skipped). */
const WRITES =
  /\b(?:UPDATE(?:\s+OR\s+\w+)?|(?:INSERT(?:\s+OR\s+\w+)?|REPLACE)\s+INTO|DELETE\s+FROM)\s+(?:["`[]?\w+["`\]]?\s*\.\s*)?["`[]?(\w+)/gi;

function objects(raw: BetterSqlite3.Database, type: 'index' | 'trigger'): SchemaObject[] {
  return raw
    .prepare(
      `SELECT name, tbl_name AS "table", sql FROM main.sqlite_schema
       WHERE type = ? AND sql IS NOT NULL ORDER BY rowid`,
    )
    .all(type) as SchemaObject[];
}

function virtualTables(raw: BetterSqlite3.Database): SchemaObject[] {
  return raw
    .prepare(
      `SELECT name, tbl_name AS "table", sql FROM main.sqlite_schema
       WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`,
    )
    .all() as SchemaObject[];
}

function hasTable(raw: BetterSqlite3.Database, name: string): boolean {
  return (
    raw.prepare(`SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !==
    undefined
  );
}

/** Explicit indexes SQLite need not keep for correctness (UNIQUE ones validate rows). */
function droppableIndexes(raw: BetterSqlite3.Database, table: string): SchemaObject[] {
  const unique = new Set(
    (
      raw.prepare(`SELECT name, "unique" FROM pragma_index_list(?)`).all(table) as {
        name: string;
        unique: number;
      }[]
    )
      .filter((i) => i.unique)
      .map((i) => i.name),
  );
  return objects(raw, 'index').filter((i) => i.table === table && !unique.has(i.name));
}

/**
 * Whether a table's indexes may be missing while rows go in or out: not when a trigger that
 * those writes fire (directly, or through the tables its triggers write) reads the table
 * again — it would scan it once per row.
 */
function triggersReadBack(triggers: SchemaObject[], table: string): boolean {
  const fired = new Set<SchemaObject>();
  const queue = [table];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const t = queue.pop() ?? '';
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    for (const trigger of triggers) {
      if (trigger.table.toLowerCase() !== t.toLowerCase()) continue;
      fired.add(trigger);
      for (const m of body(trigger).matchAll(WRITES)) queue.push(m[1] ?? '');
    }
  }
  return [...fired].some((trigger) => mentions(body(trigger), table));
}

export interface BulkLoad {
  /**
   * Drops the table's non-unique indexes, when that is safe, before many of its rows go in or
   * out; the function it answers recreates them (reporting each to `onBuilt` when asked).
   */
  suspendIndexes: (table: string) => (report?: boolean) => void;
  /** Rebuilds every search index from its table and recreates the search triggers. */
  finish: () => void;
}

/** At most how many indexes and search indexes a bulk load of these tables builds. */
export function bulkLoadSteps(raw: BetterSqlite3.Database, tables: string[]): number {
  const n = tables.reduce((sum, t) => sum + droppableIndexes(raw, t).length, 0);
  return n + virtualTables(raw).length;
}

/**
 * Starts a bulk load inside the caller's transaction: the triggers that keep the search
 * indexes are dropped until `finish`. Other triggers (counters, derived columns) keep firing.
 * `onBuilt` is called after each index or search index is built (a restore's progress).
 */
export function startBulkLoad(
  raw: BetterSqlite3.Database,
  onBuilt: () => void = () => undefined,
): BulkLoad {
  if (!raw.inTransaction) throw new Error('a bulk load runs inside a transaction');
  const search = virtualTables(raw);
  const allTriggers = objects(raw, 'trigger');
  const searchTriggers = allTriggers.filter((t) => search.some((v) => mentions(body(t), v.name)));
  const otherTriggers = allTriggers.filter((t) => !searchTriggers.includes(t));
  for (const t of searchTriggers) raw.exec(`DROP TRIGGER main.${quoteId(t.name)}`);
  const stats = hasTable(raw, 'sqlite_stat1');
  return {
    suspendIndexes: (table) => {
      const indexes = triggersReadBack(otherTriggers, table) ? [] : droppableIndexes(raw, table);
      // DROP INDEX forgets the planner's statistics (ANALYZE) for it; they are put back.
      const saved = (
        stats
          ? raw.prepare(`SELECT tbl, idx, stat FROM main.sqlite_stat1 WHERE tbl = ?`).all(table)
          : []
      ) as { tbl: string; idx: string | null; stat: string }[];
      const dropped = saved.filter((s) => indexes.some((i) => i.name === s.idx));
      for (const index of indexes) raw.exec(`DROP INDEX main.${quoteId(index.name)}`);
      return (report = true) => {
        for (const index of indexes) {
          raw.exec(index.sql);
          if (report) onBuilt();
        }
        if (dropped.length === 0) return;
        const put = raw.prepare(`INSERT INTO main.sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)`);
        for (const s of dropped) put.run(s.tbl, s.idx, s.stat);
      };
    },
    finish: () => {
      for (const v of search) {
        rebuildSearchIndex(raw, v);
        onBuilt();
      }
      for (const t of searchTriggers) raw.exec(t.sql);
    },
  };
}

function rebuildSearchIndex(raw: BetterSqlite3.Database, index: SchemaObject): void {
  const option = /\bcontent\s*=\s*(?:'([^']*)'|"([^"]*)"|(\w+))/i.exec(index.sql);
  const content = option?.[1] ?? option?.[2] ?? option?.[3];
  const name = quoteId(index.name);
  if (content) {
    // External content: FTS5 reads every row of the content table again.
    raw.exec(`INSERT INTO main.${name} (${name}) VALUES ('rebuild')`);
    return;
  }
  const source = CONTENTLESS_SOURCES[index.name];
  if (!source) throw new Error(`no rebuild source for the search index ${index.name}`);
  raw.exec(`INSERT INTO main.${name} (${name}) VALUES ('delete-all')`);
  raw.exec(`INSERT INTO main.${name} (${source.columns}) ${source.select}`);
}

/**
 * Reduces a scratch database to a store of rows that still checks them: every trigger and
 * every non-unique index is dropped (types, CHECKs, NOT NULL, UNIQUE and foreign keys stay).
 * For a copy whose rows are loaded and then read elsewhere, never for a live database.
 */
export function dropDerivedSchema(raw: BetterSqlite3.Database): void {
  for (const t of objects(raw, 'trigger')) raw.exec(`DROP TRIGGER main.${quoteId(t.name)}`);
  const tables = new Set(objects(raw, 'index').map((i) => i.table));
  for (const table of tables) {
    for (const i of droppableIndexes(raw, table)) raw.exec(`DROP INDEX main.${quoteId(i.name)}`);
  }
}
