import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';
import { countActiveCustomers } from './customers.repository';
import {
  LIST_COLUMNS,
  hasFilter,
  whereClause,
  type CustomerListRow,
  type ListPage,
  type ListQuery,
} from './customer-list-shared';
import {
  SORT_INDEX,
  decodeCursor,
  encodeCursor,
  sortExpression,
  type KeysetCursor,
  type ListSortField,
} from './customer-sort';

async function countMatching(db: Kysely<Database>, q: ListQuery): Promise<number> {
  if (!q.deleted && !hasFilter(q.filter)) return countActiveCustomers(db);
  const result = await sql<{ n: number }>`
    SELECT count(*) AS n FROM customers c WHERE ${whereClause(q.filter, q.deleted)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Which index drives a filtered page. A broad filter (many matches) is fastest walking the sort
 * index and skipping non-matches; a narrow one is fastest reading its filter index and sorting
 * the few matches. SQLite's planner cannot see the LIMIT, so we decide from the exact count,
 * which the covering filter indexes make cheap.
 */
async function indexHint(
  db: Kysely<Database>,
  q: ListQuery,
  field: ListSortField,
  total: number,
): Promise<RawBuilder<unknown>> {
  if (q.deleted || !hasFilter(q.filter)) return sql``;
  const live = await countActiveCustomers(db);
  // Walking the sort index scans about limit * live / total rows: keep that under ~20k.
  return total * 200 >= live ? sql.raw(`INDEXED BY ${SORT_INDEX[field]}`) : sql``;
}

/** Browse (no search text): keyset pages over an indexed sort. */
export async function browsePage(db: Kysely<Database>, q: ListQuery): Promise<ListPage> {
  const field: ListSortField = q.sort.field === 'relevance' ? 'updatedAt' : q.sort.field;
  // The trash is always newest-deleted first.
  const expr = q.deleted ? sql.raw<string>('c.deleted_at') : sortExpression(field);
  const desc = q.deleted || q.sort.dir === 'desc';
  const dir = sql.raw(desc ? 'DESC' : 'ASC');
  const cursor = decodeCursor(q.cursor);
  const parts: RawBuilder<unknown>[] = [whereClause(q.filter, q.deleted)];
  if (cursor && 'v' in cursor) {
    parts.push(
      desc
        ? sql`(${expr}, c.seq) < (${cursor.v}, ${cursor.s})`
        : sql`(${expr}, c.seq) > (${cursor.v}, ${cursor.s})`,
    );
  }
  const total = await countMatching(db, q);
  const hint = await indexHint(db, q, field, total);
  const rows = await sql<CustomerListRow & { sort_value: string | number }>`
    SELECT ${LIST_COLUMNS}, ${expr} AS sort_value FROM customers c ${hint}
    WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${expr} ${dir}, c.seq ${dir} LIMIT ${q.limit + 1}`.execute(db);
  const page = rows.rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const next: KeysetCursor | null =
    rows.rows.length > q.limit && last ? { v: last.sort_value, s: last.seq } : null;
  return {
    rows: page.map(({ sort_value: _omit, ...row }) => row),
    total,
    totalCapped: false,
    nextCursor: next ? encodeCursor(next) : null,
  };
}
