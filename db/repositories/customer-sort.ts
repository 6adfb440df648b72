import { sql, type RawBuilder } from 'kysely';
import type { CustomerSortField } from '../../shared/domain/enums';

// Each expression must match its index in migration 0001 exactly, or SQLite sorts 1M rows.
const SORT_SQL: Record<Exclude<CustomerSortField, 'relevance'>, string> = {
  name: 'c.name_pinyin',
  tier: `(CASE c.tier WHEN 'vip' THEN 0 WHEN 'important' THEN 1 WHEN 'ordinary' THEN 2 ELSE 3 END)`,
  stage: `(CASE c.stage WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1 WHEN 'active' THEN 2 WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END)`,
  city: `ifnull(c.city, '')`,
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  lastContactAt: `ifnull(c.last_contact_at, '')`,
};

export type ListSortField = Exclude<CustomerSortField, 'relevance'>;

/** The index that serves each sort (migration 0001), for INDEXED BY on broad filters. */
export const SORT_INDEX: Record<ListSortField, string> = {
  name: 'ix_customers_name',
  tier: 'ix_customers_tier_rank',
  stage: 'ix_customers_stage_rank',
  city: 'ix_customers_city_sort',
  createdAt: 'ix_customers_created',
  updatedAt: 'ix_customers_updated',
  lastContactAt: 'ix_customers_last_contact',
};

export function sortExpression(field: ListSortField): RawBuilder<string | number> {
  return sql.raw<string | number>(SORT_SQL[field]);
}

export interface KeysetCursor {
  v: string | number;
  s: number;
}
export interface OffsetCursor {
  o: number;
}

export function encodeCursor(cursor: KeysetCursor | OffsetCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** A cursor from a client is untrusted: anything malformed reads as "start over". */
export function decodeCursor(text: string | null | undefined): KeysetCursor | OffsetCursor | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    if (typeof record.o === 'number' && Number.isInteger(record.o) && record.o >= 0) {
      return { o: record.o };
    }
    if (
      (typeof record.v === 'string' || typeof record.v === 'number') &&
      typeof record.s === 'number' &&
      Number.isInteger(record.s)
    ) {
      return { v: record.v, s: record.s };
    }
    return null;
  } catch {
    return null;
  }
}
