import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import type { Tier } from '../../shared/domain/enums';

export interface DueCustomerRow {
  id: string;
  name: string;
  tier: Tier;
  province: string | null;
  city: string | null;
  district: string | null;
  last_visit_at: string | null;
  /** The last done visit, or creation for a customer never visited. */
  anchor: string;
}

/**
 * The most overdue customers of one tier: anchor before `dueBefore`, no visit planned from
 * today on. customers.last_visit_at is kept by triggers (migration 0003) and left out of the
 * Kysely table type on purpose, so every customer insert need not know it; hence raw SQL.
 * Reads ix_customers_visit_due (or _due_city) in order and stops at `limit`, probing
 * ix_visits_customer for a planned visit.
 */
export async function dueCustomersOfTier(
  db: Kysely<Database>,
  q: { tier: Tier; dueBefore: string; todayStart: string; city: string | null; limit: number },
): Promise<DueCustomerRow[]> {
  // One exact city per query: an ordered range of ix_customers_visit_due_city (0005). An OR or
  // IN over spellings would make SQLite sort every due customer of the city before the LIMIT.
  const cityFilter = q.city === null ? sql`` : sql`AND c.city = ${q.city}`;
  const result = await sql<DueCustomerRow>`
    SELECT c.id, c.name, c.tier, c.province, c.city, c.district, c.last_visit_at,
           coalesce(c.last_visit_at, c.created_at) AS anchor
    FROM customers c
    WHERE c.tier = ${q.tier} AND c.deleted_at IS NULL
      AND coalesce(c.last_visit_at, c.created_at) < ${q.dueBefore}
      ${cityFilter}
      AND NOT EXISTS (
        SELECT 1 FROM visits v
        WHERE v.customer_id = c.id AND v.deleted_at IS NULL
          AND v.status = 'planned' AND v.planned_at >= ${q.todayStart})
    ORDER BY coalesce(c.last_visit_at, c.created_at), c.id
    LIMIT ${q.limit}`.execute(db);
  return result.rows;
}
