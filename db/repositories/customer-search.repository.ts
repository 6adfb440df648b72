import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { CustomerFilter } from '../../shared/domain/customer';
import type { CustomerSortField } from '../../shared/domain/enums';
import { phoneQueryDigits } from '../../shared/domain/phone';
import type { CustomerRow, Database } from '../schema';
import { countActiveCustomers } from './customers.repository';
import {
  decodeCursor,
  encodeCursor,
  sortExpression,
  type KeysetCursor,
  type ListSortField,
} from './customer-sort';

/** A search never materialises more candidates than this; beyond it `totalCapped` is set. */
export const SEARCH_CANDIDATE_CAP = 2000;

export type CustomerListRow = Pick<
  CustomerRow,
  | 'seq'
  | 'id'
  | 'kind'
  | 'name'
  | 'phone'
  | 'email'
  | 'company'
  | 'industry'
  | 'stage'
  | 'tier'
  | 'owner'
  | 'province'
  | 'city'
  | 'district'
  | 'last_contact_at'
  | 'created_at'
  | 'updated_at'
  | 'deleted_at'
>;

export interface ListQuery {
  query: string | null;
  filter: CustomerFilter;
  sort: { field: CustomerSortField; dir: 'asc' | 'desc' };
  limit: number;
  cursor: string | null;
  deleted: boolean;
}

export interface ListPage {
  rows: CustomerListRow[];
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
}

const LIST_COLUMNS = sql.raw(
  [
    'seq',
    'id',
    'kind',
    'name',
    'phone',
    'email',
    'company',
    'industry',
    'stage',
    'tier',
    'owner',
    'province',
    'city',
    'district',
    'last_contact_at',
    'created_at',
    'updated_at',
    'deleted_at',
  ]
    .map((c) => `c.${c}`)
    .join(', '),
);

function whereClause(filter: CustomerFilter, deleted: boolean): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [
    deleted ? sql`c.deleted_at IS NOT NULL` : sql`c.deleted_at IS NULL`,
  ];
  if (filter.tier) parts.push(sql`c.tier = ${filter.tier}`);
  if (filter.stage) parts.push(sql`c.stage = ${filter.stage}`);
  if (filter.industry) parts.push(sql`c.industry = ${filter.industry}`);
  if (filter.city) parts.push(sql`c.city = ${filter.city}`);
  if (filter.owner) parts.push(sql`c.owner = ${filter.owner}`);
  if (filter.tag) {
    parts.push(
      sql`c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ${filter.tag})`,
    );
  }
  return sql<SqlBool>`${sql.join(parts, sql` AND `)}`;
}

function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Row ids that may match `term` (lowercased): trigram index for 3+ chars, grams below. */
function candidateSql(term: string, wholeQuery: string): RawBuilder<{ seq: number }> {
  const digits = phoneQueryDigits(wholeQuery);
  if (digits && digits.length >= 3) {
    // Landlines are stored as +86 10..., so "010..." must also match without its leading 0.
    const variants = [digits];
    if (digits.startsWith('0') && digits.length > 3) variants.push(digits.slice(1));
    const match = variants.map(ftsPhrase).join(' OR ');
    return sql<{
      seq: number;
    }>`SELECT rowid AS seq FROM customers_fts WHERE customers_fts MATCH ${match}`;
  }
  if ([...term].length >= 3) {
    return sql<{
      seq: number;
    }>`SELECT rowid AS seq FROM customers_fts WHERE customers_fts MATCH ${ftsPhrase(term)}`;
  }
  const upper = `${term}\u{10FFFF}`;
  // A 1-character term is a token prefix; a 2-character term a whole token.
  const gramMatch = [...term].length === 1 ? `${ftsPhrase(term)}*` : ftsPhrase(term);
  const grams = sql<{ seq: number }>`SELECT rowid AS seq FROM customer_grams WHERE customer_grams MATCH ${gramMatch}`;
  if (!/^[a-z]+$/.test(term)) return grams;
  // Latin letters may be pinyin initials (zw -> 张伟) or the start of a full spelling.
  return sql<{ seq: number }>`${grams}
    UNION ALL SELECT seq FROM customers
      WHERE name_initials >= ${term} AND name_initials < ${upper} AND deleted_at IS NULL
    UNION ALL SELECT seq FROM customers
      WHERE name_pinyin >= ${term} AND name_pinyin < ${upper} AND deleted_at IS NULL`;
}

function termCondition(term: string): RawBuilder<unknown> {
  return sql`(instr(lower(c.name), ${term}) > 0 OR instr(lower(ifnull(c.company, '')), ${term}) > 0
    OR instr(c.name_pinyin, ${term}) > 0 OR instr(c.name_initials, ${term}) > 0
    OR instr(ifnull(c.phone_norm, ''), ${term}) > 0 OR instr(lower(ifnull(c.email, '')), ${term}) > 0
    OR instr(lower(ifnull(c.address, '')), ${term}) > 0)`;
}

function relevance(term: string): RawBuilder<number> {
  const len = [...term].length;
  return sql<number>`(CASE
    WHEN lower(c.name) = ${term} OR c.name_pinyin = ${term} OR c.name_initials = ${term} THEN 0
    WHEN substr(lower(c.name), 1, ${len}) = ${term} OR substr(c.name_pinyin, 1, ${len}) = ${term}
      OR substr(c.name_initials, 1, ${len}) = ${term} THEN 1
    WHEN instr(lower(c.name), ${term}) > 0 THEN 2
    WHEN instr(lower(ifnull(c.company, '')), ${term}) > 0 THEN 3
    ELSE 4 END)`;
}

async function searchPage(db: Kysely<Database>, q: ListQuery, text: string): Promise<ListPage> {
  const terms = text.split(/\s+/).filter((t) => t.length > 0);
  const primary = terms.reduce((a, b) => ([...b].length > [...a].length ? b : a));
  const others = terms.filter((t) => t !== primary);
  const cte = sql`cand AS (SELECT seq FROM (${candidateSql(primary, text)}) LIMIT ${SEARCH_CANDIDATE_CAP + 1})`;
  const where = sql.join(
    [
      sql`c.seq IN (SELECT seq FROM cand)`,
      whereClause(q.filter, q.deleted),
      ...others.map(termCondition),
    ],
    sql` AND `,
  );
  const cursor = decodeCursor(q.cursor);
  const offset = cursor && 'o' in cursor ? cursor.o : 0;
  const dir = sql.raw(q.sort.dir === 'desc' ? 'DESC' : 'ASC');
  const order =
    q.sort.field === 'relevance'
      ? sql`${relevance(primary)} ASC, c.name_pinyin ASC, c.seq ASC`
      : sql`${sortExpression(q.sort.field)} ${dir}, c.seq ${dir}`;

  const rows = await sql<CustomerListRow>`WITH ${cte}
    SELECT ${LIST_COLUMNS} FROM customers c WHERE ${where}
    ORDER BY ${order} LIMIT ${q.limit + 1} OFFSET ${offset}`.execute(db);
  const counts = await sql<{ n: number; cand: number }>`WITH ${cte}
    SELECT (SELECT count(*) FROM customers c WHERE ${where}) AS n,
           (SELECT count(*) FROM cand) AS cand`.execute(db);
  const count = counts.rows[0] ?? { n: 0, cand: 0 };
  const hasMore = rows.rows.length > q.limit;
  return {
    rows: rows.rows.slice(0, q.limit),
    total: Number(count.n),
    totalCapped: Number(count.cand) > SEARCH_CANDIDATE_CAP,
    nextCursor: hasMore ? encodeCursor({ o: offset + q.limit }) : null,
  };
}

async function browsePage(db: Kysely<Database>, q: ListQuery): Promise<ListPage> {
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
  const rows = await sql<CustomerListRow & { sort_value: string | number }>`
    SELECT ${LIST_COLUMNS}, ${expr} AS sort_value FROM customers c
    WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${expr} ${dir}, c.seq ${dir} LIMIT ${q.limit + 1}`.execute(db);
  const unfiltered = !q.deleted && Object.values(q.filter).every((v) => v === undefined);
  const total = unfiltered
    ? await countActiveCustomers(db)
    : (
        await sql<{ n: number }>`
        SELECT count(*) AS n FROM customers c WHERE ${whereClause(q.filter, q.deleted)}`.execute(db)
      ).rows[0]?.n;
  const page = rows.rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const next: KeysetCursor | null =
    rows.rows.length > q.limit && last ? { v: last.sort_value, s: last.seq } : null;
  return {
    rows: page.map(({ sort_value: _omit, ...row }) => row),
    total: Number(total ?? 0),
    totalCapped: false,
    nextCursor: next ? encodeCursor(next) : null,
  };
}

/** One page of customers: browse by an indexed sort with keyset paging, or search. */
export async function listCustomerRows(db: Kysely<Database>, q: ListQuery): Promise<ListPage> {
  const text = q.query?.trim().toLowerCase() ?? '';
  return text.length > 0 ? searchPage(db, q, text) : browsePage(db, q);
}
