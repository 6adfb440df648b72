import type { Kysely } from 'kysely';
import type { Database, NewVisitRow, VisitRow, VisitRowUpdate } from '../schema';
import type { VisitStatus } from '../../shared/domain/visit';

/** A visit with what the screens show beside it (customer name and place, contact name). */
export type VisitWithCustomer = VisitRow & {
  customer_name: string;
  customer_deleted_at: string | null;
  contact_name: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  customer_lat: number | null;
  customer_lng: number | null;
};

// The return type is inferred: Kysely's join types are what keep the column names checked.
function selectVisits(db: Kysely<Database>) {
  return db
    .selectFrom('visits as v')
    .innerJoin('customers as c', 'c.id', 'v.customer_id')
    .leftJoin('contacts as ct', 'ct.id', 'v.contact_id')
    .selectAll('v')
    .select([
      'c.name as customer_name',
      'c.deleted_at as customer_deleted_at',
      'ct.name as contact_name',
      'c.province as province',
      'c.city as city',
      'c.district as district',
      'c.lat as customer_lat',
      'c.lng as customer_lng',
    ]);
}

export async function insertVisits(db: Kysely<Database>, rows: NewVisitRow[]): Promise<void> {
  // SQLite caps bound parameters per statement; 20 columns x 40 rows stays well below it.
  for (let i = 0; i < rows.length; i += 40) {
    await db
      .insertInto('visits')
      .values(rows.slice(i, i + 40))
      .execute();
  }
}

export async function updateVisitRow(
  db: Kysely<Database>,
  id: string,
  patch: VisitRowUpdate,
): Promise<number> {
  const result = await db
    .updateTable('visits')
    .set(patch)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findVisitRow(
  db: Kysely<Database>,
  id: string,
): Promise<VisitWithCustomer | undefined> {
  return selectVisits(db)
    .where('v.id', '=', id)
    .where('v.deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function findVisitRows(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<VisitWithCustomer[]> {
  if (ids.length === 0) return [];
  return selectVisits(db).where('v.id', 'in', ids).where('v.deleted_at', 'is', null).execute();
}

export interface VisitRangeQuery {
  from: string;
  to: string;
  status?: VisitStatus | undefined;
  customerId?: string | undefined;
  /** Start of today (UTC instant): planned visits before it, never checked in, read as missed. */
  todayStart: string;
  limit: number;
}

/** Visits planned in [from, to), oldest first, over ix_visits_planned (or _customer). */
export async function listVisitRows(
  db: Kysely<Database>,
  q: VisitRangeQuery,
): Promise<VisitWithCustomer[]> {
  let query = selectVisits(db)
    .where('v.planned_at', '>=', q.from)
    .where('v.planned_at', '<', q.to)
    .where('v.deleted_at', 'is', null)
    .where('c.deleted_at', 'is', null);
  if (q.customerId !== undefined) query = query.where('v.customer_id', '=', q.customerId);
  if (q.status === 'done' || q.status === 'cancelled') {
    query = query.where('v.status', '=', q.status);
  } else if (q.status === 'missed') {
    query = query
      .where('v.status', '=', 'planned')
      .where('v.checked_in_at', 'is', null)
      .where('v.planned_at', '<', q.todayStart);
  } else if (q.status === 'planned') {
    query = query
      .where('v.status', '=', 'planned')
      .where((eb) =>
        eb.or([eb('v.checked_in_at', 'is not', null), eb('v.planned_at', '>=', q.todayStart)]),
      );
  }
  return query.orderBy('v.planned_at').orderBy('v.seq').limit(q.limit).execute();
}

/** Ids of the customers among `ids` that exist and are not in the trash. */
export async function liveCustomerIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('customers')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** Writes the manual order of a day: listed ids get 0..n-1, the day's other visits NULL. */
export async function saveRouteOrder(
  db: Kysely<Database>,
  dayIds: readonly string[],
  ordered: readonly string[],
  now: string,
): Promise<void> {
  if (dayIds.length > 0) {
    await db.updateTable('visits').set({ route_order: null }).where('id', 'in', dayIds).execute();
  }
  for (const [i, id] of ordered.entries()) {
    await db
      .updateTable('visits')
      .set({ route_order: i, updated_at: now })
      .where('id', '=', id)
      .execute();
  }
}
