import { sql, type Kysely, type RawBuilder } from 'kysely';
import { phoneQueryDigits } from '../../shared/domain/phone';
import type { Database } from '../schema';
import { browsePage } from './customer-browse.repository';
import {
  LIST_COLUMNS,
  whereClause,
  type CustomerListRow,
  type ListPage,
  type ListQuery,
} from './customer-list-shared';
import { decodeCursor, encodeCursor, sortExpression } from './customer-sort';

export type { CustomerListRow, ListPage, ListQuery } from './customer-list-shared';

/** A search never materialises more candidates than this; beyond it `totalCapped` is set. */
export const SEARCH_CANDIDATE_CAP = 2000;

function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Row ids that may match `term` (lowercased), from the cheapest index that can answer it. */
function candidateSql(term: string, wholeQuery: string): RawBuilder<{ seq: number }> {
  const digits = phoneQueryDigits(wholeQuery);
  if (digits && digits.length >= 3) {
    // Landlines are stored as +86 10..., so "010..." must also match without its leading 0.
    const variants = [digits];
    if (digits.startsWith('0') && digits.length > 3) variants.push(digits.slice(1));
    const match = variants.map(ftsPhrase).join(' OR ');
    return sql`SELECT rowid AS seq FROM customers_fts WHERE customers_fts MATCH ${match}`;
  }
  const text =
    [...term].length >= 3
      ? sql<{
          seq: number;
        }>`SELECT rowid AS seq FROM customers_fts WHERE customers_fts MATCH ${ftsPhrase(term)}`
      : // 1-2 characters: a gram token (2) or token prefix (1).
        sql<{ seq: number }>`SELECT rowid AS seq FROM customer_grams WHERE customer_grams MATCH ${
          [...term].length === 1 ? `${ftsPhrase(term)}*` : ftsPhrase(term)
        }`;
  if (!/^[a-z]+$/.test(term)) return text;
  // Latin letters may be pinyin: initials (zw -> 张伟) or a full spelling from the start.
  const upper = `${term}\u{10FFFF}`;
  return sql<{ seq: number }>`
    SELECT seq FROM customers
      WHERE name_initials >= ${term} AND name_initials < ${upper} AND deleted_at IS NULL
    UNION ALL SELECT seq FROM customers
      WHERE name_pinyin >= ${term} AND name_pinyin < ${upper} AND deleted_at IS NULL
    UNION ALL ${text}`;
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
  // Candidates are fetched once (≤ cap) and passed back as a JSON array: the page and its
  // total then come from one pass over at most `cap` rows.
  const found = await sql<{ seq: number }>`
    SELECT seq FROM (${candidateSql(primary, text)}) LIMIT ${SEARCH_CANDIDATE_CAP + 1}`.execute(db);
  const seqs = [...new Set(found.rows.map((r) => r.seq))];
  const capped = found.rows.length > SEARCH_CANDIDATE_CAP;
  const where = sql.join(
    [
      sql`c.seq IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`,
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
  const rows = await sql<CustomerListRow & { total_n: number }>`
    SELECT ${LIST_COLUMNS}, count(*) OVER () AS total_n FROM customers c WHERE ${where}
    ORDER BY ${order} LIMIT ${q.limit + 1} OFFSET ${offset}`.execute(db);
  let total = rows.rows[0]?.total_n;
  if (total === undefined) {
    // A page past the end has no rows to carry the window count.
    const counted = await sql<{ n: number }>`
      SELECT count(*) AS n FROM customers c WHERE ${where}`.execute(db);
    total = counted.rows[0]?.n ?? 0;
  }
  const hasMore = rows.rows.length > q.limit;
  return {
    rows: rows.rows.slice(0, q.limit).map(({ total_n: _omit, ...row }) => row),
    total: Number(total),
    totalCapped: capped,
    nextCursor: hasMore ? encodeCursor({ o: offset + q.limit }) : null,
  };
}

/** One page of customers: browse by an indexed sort with keyset paging, or search. */
export async function listCustomerRows(db: Kysely<Database>, q: ListQuery): Promise<ListPage> {
  const text = q.query?.trim().toLowerCase() ?? '';
  return text.length > 0 ? searchPage(db, q, text) : browsePage(db, q);
}
