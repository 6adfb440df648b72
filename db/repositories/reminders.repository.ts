import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, NewReminderRow, ReminderRow, ReminderRowUpdate } from '../schema';
import type { ReminderView } from '../../shared/domain/reminder';
import { decodeCursor, encodeCursor } from './customer-sort';

export type ReminderWithCustomer = ReminderRow & { customer_name: string };

/** Must match the expression indexes of migration 0002 exactly, or SQLite scans. */
export function effectiveDue(): RawBuilder<string> {
  return sql<string>`coalesce(snoozed_until, due_at)`;
}
function effectiveDueOf(alias: 'r'): RawBuilder<string> {
  return sql<string>`coalesce(${sql.ref(`${alias}.snoozed_until`)}, ${sql.ref(`${alias}.due_at`)})`;
}

export async function insertReminder(db: Kysely<Database>, row: NewReminderRow): Promise<void> {
  await db.insertInto('reminders').values(row).execute();
}

/** Inserts unless the series already has an occurrence at that time; true when inserted. */
export async function insertOccurrence(
  db: Kysely<Database>,
  row: NewReminderRow,
): Promise<boolean> {
  const result = await db
    .insertInto('reminders')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function updateReminderRow(
  db: Kysely<Database>,
  id: string,
  patch: ReminderRowUpdate,
): Promise<number> {
  const result = await db
    .updateTable('reminders')
    .set(patch)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A done or dismissed reminder open again (undo), due as it was. */
export async function reopenReminderRow(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('reminders')
    .set({ status: 'open', completed_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '<>', 'open')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The next occurrence completing `row` created, if nobody touched it since: an undo takes it
 * back (deleted outright, so completing again can create it anew under the series key).
 */
export async function deleteUntouchedNextOccurrence(
  db: Kysely<Database>,
  row: Pick<ReminderRow, 'id' | 'series_id' | 'series_index' | 'completed_at'>,
): Promise<number> {
  if (row.completed_at === null) return 0;
  const result = await db
    .deleteFrom('reminders')
    .where('series_id', '=', row.series_id ?? row.id)
    .where('series_index', '>', row.series_index)
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .where('created_at', '=', row.completed_at)
    .whereRef('updated_at', '=', 'created_at')
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Closes an open reminder; 0 when it was not open any more (a second complete). */
export async function closeReminderRow(
  db: Kysely<Database>,
  id: string,
  status: 'done' | 'dismissed',
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('reminders')
    .set({ status, completed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findReminderRow(
  db: Kysely<Database>,
  id: string,
): Promise<ReminderWithCustomer | undefined> {
  return db
    .selectFrom('reminders as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .selectAll('r')
    .select('c.name as customer_name')
    .where('r.id', '=', id)
    .where('r.deleted_at', 'is', null)
    .executeTakeFirst();
}

export interface ReminderPageQuery {
  view: ReminderView;
  customerId: string | null;
  /** Local day boundaries, UTC ISO. */
  dayStart: string;
  dayEnd: string;
  limit: number;
  cursor: string | null;
}

export interface ReminderPage {
  rows: ReminderWithCustomer[];
  nextCursor: string | null;
}

/** One page of a view, keyset-paged on (sort value, seq) like the customer list. */
export async function listReminderRows(
  db: Kysely<Database>,
  q: ReminderPageQuery,
): Promise<ReminderPage> {
  const due = effectiveDueOf('r');
  const done = q.view === 'done';
  const sortValue = done ? sql<string>`${sql.ref('r.completed_at')}` : due;
  // Overdue reads most recently missed first; today and upcoming read in time order.
  const desc = q.view === 'done' || q.view === 'overdue';
  let query = db
    .selectFrom('reminders as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .selectAll('r')
    .select(['c.name as customer_name', sortValue.as('sort_value')])
    .where('r.deleted_at', 'is', null);
  if (q.customerId) query = query.where('r.customer_id', '=', q.customerId);
  if (done) {
    query = query.where('r.status', '<>', 'open');
  } else {
    query = query.where('r.status', '=', 'open');
    if (q.view === 'overdue') query = query.where(due, '<', q.dayStart);
    if (q.view === 'today') query = query.where(due, '>=', q.dayStart).where(due, '<', q.dayEnd);
    if (q.view === 'upcoming') query = query.where(due, '>=', q.dayEnd);
  }
  const cursor = decodeCursor(q.cursor);
  if (cursor && 'v' in cursor) {
    const op = desc ? '<' : '>';
    query = query.where(
      sql<boolean>`(${sortValue}, ${sql.ref('r.seq')}) ${sql.raw(op)} (${cursor.v}, ${cursor.s})`,
    );
  }
  const dir = desc ? 'desc' : 'asc';
  const rows = await query
    .orderBy(sortValue, dir)
    .orderBy('r.seq', dir)
    .limit(q.limit + 1)
    .execute();
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: more && last ? encodeCursor({ v: last.sort_value, s: last.seq }) : null,
  };
}

/**
 * Open reminders before, within and after the local day. Overdue and today are index range
 * counts; upcoming is the trigger-kept open total minus those two, so it costs nothing however
 * far ahead reminders reach.
 */
export async function countReminderViews(
  db: Kysely<Database>,
  dayStart: string,
  dayEnd: string,
): Promise<{ overdue: number; today: number; upcoming: number }> {
  const count = async (from: string | null, to: string): Promise<number> => {
    let query = db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open')
      .where('deleted_at', 'is', null)
      .where(effectiveDue(), '<', to);
    if (from !== null) query = query.where(effectiveDue(), '>=', from);
    const row = await query.executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  const total = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'reminders.open')
    .executeTakeFirst();
  const overdue = await count(null, dayStart);
  const today = await count(dayStart, dayEnd);
  return { overdue, today, upcoming: Math.max(0, Number(total?.value ?? 0) - overdue - today) };
}
