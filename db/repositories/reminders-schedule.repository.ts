import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { effectiveDue } from './reminders.repository';

// What the scheduler asks: which open reminders are due and not yet notified, when the next
// one falls due, and how many are due for the badge. All served by migration 0002's indexes.

export interface DueReminder {
  id: string;
  customer_id: string;
  customer_name: string;
  title: string;
  title_args: string | null;
  effective_due: string;
}

/** Open, not yet notified reminders due at or before `now`, earliest first. */
export async function findUnnotifiedDue(
  db: Kysely<Database>,
  now: string,
  limit: number,
): Promise<{ total: number; rows: DueReminder[] }> {
  const base = db
    .selectFrom('reminders as r')
    .where('r.status', '=', 'open')
    .where('r.deleted_at', 'is', null)
    .where('r.notified_at', 'is', null)
    .where(effectiveDue(), '<=', now);
  const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select([
      'r.id',
      'r.customer_id',
      'c.name as customer_name',
      'r.title',
      'r.title_args',
      effectiveDue().as('effective_due'),
    ])
    .orderBy(effectiveDue())
    .limit(limit)
    .execute();
  return { total: Number(totalRow?.n ?? 0), rows };
}

/** Marks everything due at or before `now` as notified, so no reminder is announced twice. */
export async function markNotified(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db
    .updateTable('reminders')
    .set({ notified_at: now })
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .where('notified_at', 'is', null)
    .where(effectiveDue(), '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The earliest effective due time among open, not yet notified reminders. */
export async function nextUnnotifiedDue(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('reminders')
    .select(effectiveDue().as('due'))
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .where('notified_at', 'is', null)
    .orderBy(effectiveDue())
    .limit(1)
    .executeTakeFirst();
  return row?.due ?? null;
}

/** Open reminders due at or before `now`: the dock/taskbar badge. */
export async function countDue(db: Kysely<Database>, now: string): Promise<number> {
  const row = await db
    .selectFrom('reminders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .where(effectiveDue(), '<=', now)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
