import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { CustomerFilter } from '../../shared/domain/customer';
import type { CustomerSortField } from '../../shared/domain/enums';
import type { CustomerRow } from '../schema';

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

export const LIST_COLUMNS = sql.raw(
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

export function hasFilter(filter: CustomerFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}

export function whereClause(filter: CustomerFilter, deleted: boolean): RawBuilder<SqlBool> {
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
