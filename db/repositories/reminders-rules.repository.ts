import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../schema';
import type { Tier } from '../../shared/domain/enums';
import { newId } from '../ids';

// Set-based rule statements: each creates every reminder a rule calls for in one
// INSERT ... SELECT, and the UNIQUE rule_key makes re-running them a no-op (ON CONFLICT DO
// NOTHING), including for occasions the user dismissed or deleted.

/**
 * Reminder ids are UUIDv7 like every other row; SQL gets them from this app function. Rule due
 * times need the user's time zone, which SQLite does not know: `kemai_rule_due(instant, days)`
 * is the rule time of day on the local date `days` after `instant`.
 */
export function registerReminderFunctions(
  raw: BetterSqlite3.Database,
  ruleDue: (instant: string, days: number) => string,
): void {
  raw.function('kemai_new_id', { deterministic: false, varargs: false }, () => newId());
  raw.function('kemai_rule_due', { deterministic: true, varargs: false }, (instant, days) =>
    ruleDue(String(instant), Number(days)),
  );
}

function changes(result: { numAffectedRows?: bigint }): number {
  return Number(result.numAffectedRows ?? 0n);
}

export interface NoContactBatch {
  tier: Tier;
  days: number;
  priority: 'high' | 'normal';
  /** Customers whose last contact (or creation) is in (after, upTo] are due a follow-up. */
  after: string;
  upTo: string;
  now: string;
  /** Every follow-up a run creates falls due at the rule time of that day. */
  dueAt: string;
  /** At most this many, most overdue first; null for all. */
  limit: number | null;
  titlePrefix: string;
  titleSuffix: string;
}

// Must match ix_customers_contact_due (migration 0002) so the batches are index range scans.
const LAST_CONTACT = sql`coalesce(c.last_contact_at, c.created_at)`;

/**
 * Where a batch of about `size` customers of a tier ends, walking the contact index from
 * `after`; `upTo` itself when fewer remain.
 */
export async function noContactBatchEnd(
  db: Kysely<Database>,
  tier: Tier,
  after: string,
  upTo: string,
  size: number,
): Promise<string> {
  const result = await sql<{ v: string }>`
    SELECT ${LAST_CONTACT} AS v FROM customers c
    WHERE c.deleted_at IS NULL AND c.tier = ${tier} AND ${LAST_CONTACT} > ${after}
      AND ${LAST_CONTACT} <= ${upTo}
    ORDER BY ${LAST_CONTACT} LIMIT 1 OFFSET ${size - 1}`.execute(db);
  return result.rows[0]?.v ?? upTo;
}

/**
 * No contact for N days: one reminder per customer and last-contact time (the occasion).
 * Migration 0004's trigger closes it when that last contact changes.
 */
export async function insertNoContactReminders(
  db: Kysely<Database>,
  b: NoContactBatch,
): Promise<number> {
  const result = await sql`
    INSERT INTO reminders (id, customer_id, title, title_args, due_at, repeat, status, source,
      priority, rule_key, series_index, created_at, updated_at)
    SELECT kemai_new_id(), c.id, substr(${b.titlePrefix} || c.name || ${b.titleSuffix}, 1, 200),
      json_object('rule', 'no-contact', 'days', CAST(${b.days} AS INTEGER)), ${b.dueAt},
      'none', 'open', 'rule:no-contact', ${b.priority},
      'rule:no-contact:' || c.id || ':' || ${LAST_CONTACT}, 0, ${b.now}, ${b.now}
    FROM customers c
    WHERE c.deleted_at IS NULL AND c.tier = ${b.tier} AND ${LAST_CONTACT} > ${b.after}
      AND ${LAST_CONTACT} <= ${b.upTo}
      -- Answered from the two indexes alone, so customers already reminded cost no row read,
      -- id or title: what keeps the daily full pass over a million customers cheap.
      AND NOT EXISTS (SELECT 1 FROM reminders r
        WHERE r.rule_key = 'rule:no-contact:' || c.id || ':' || ${LAST_CONTACT})
    ORDER BY ${LAST_CONTACT}
    LIMIT ${b.limit ?? -1}
    ON CONFLICT DO NOTHING`.execute(db);
  return changes(result);
}

/** An interaction was logged: the customer's no-contact follow-up is done. */
export async function closeNoContactForCustomer(
  db: Kysely<Database>,
  customerId: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('reminders')
    .set({ status: 'done', completed_at: now, updated_at: now })
    .where('customer_id', '=', customerId)
    .where('source', '=', 'rule:no-contact')
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface BirthdayOccasion {
  /** MM-DD a stored birthday must end with. */
  monthDay: string;
  year: number;
  occasion: 'before' | 'day';
  month: number;
  day: number;
  dueAt: string;
  /** Shown in the title, e.g. 3月18日 / Mar 18. */
  dateLabel: string;
}

function occasionsTable(occasions: readonly BirthdayOccasion[]) {
  const rows = occasions.map(
    (o) =>
      sql`(${o.monthDay}, ${o.year}, ${o.occasion}, ${o.month}, ${o.day}, ${o.dueAt}, ${o.dateLabel})`,
  );
  return sql`w (md, year, occasion, month, day, due_at, label) AS (VALUES ${sql.join(rows)})`;
}

/** Birthdays of customers and of their contacts falling on the given month-days. */
export async function insertBirthdayReminders(
  db: Kysely<Database>,
  occasions: readonly BirthdayOccasion[],
  text: { customer: [string, string, string]; contact: [string, string, string, string] },
  now: string,
): Promise<number> {
  if (occasions.length === 0) return 0;
  const [cp, cm, cs] = text.customer;
  const [tp, tm1, tm2, ts] = text.contact;
  const common = sql`'none', 'open', 'rule:birthday', 'normal'`;
  const date = sql`'rule', 'birthday', 'month', CAST(w.month AS INTEGER), 'day', CAST(w.day AS INTEGER)`;
  const forCustomers = await sql`
    WITH ${occasionsTable(occasions)}
    INSERT INTO reminders (id, customer_id, title, title_args, due_at, repeat, status, source,
      priority, rule_key, series_index, created_at, updated_at)
    SELECT kemai_new_id(), c.id, substr(${cp} || c.name || ${cm} || w.label || ${cs}, 1, 200),
      json_object(${date}), w.due_at, ${common},
      'rule:birthday:' || c.id || ':' || w.year || ':' || w.occasion, 0, ${now}, ${now}
    FROM w JOIN customers c ON substr(c.birthday, 6) = w.md
    WHERE c.birthday IS NOT NULL AND c.deleted_at IS NULL
    ON CONFLICT DO NOTHING`.execute(db);
  const forContacts = await sql`
    WITH ${occasionsTable(occasions)}
    INSERT INTO reminders (id, customer_id, title, title_args, due_at, repeat, status, source,
      priority, rule_key, series_index, created_at, updated_at)
    SELECT kemai_new_id(), c.id,
      substr(${tp} || ct.name || ${tm1} || c.name || ${tm2} || w.label || ${ts}, 1, 200),
      json_object(${date}, 'contact', ct.name), w.due_at, ${common},
      'rule:birthday:' || ct.id || ':' || w.year || ':' || w.occasion, 0, ${now}, ${now}
    FROM w JOIN contacts ct ON substr(ct.birthday, 6) = w.md
      JOIN customers c ON c.id = ct.customer_id AND c.deleted_at IS NULL
    WHERE ct.birthday IS NOT NULL AND ct.deleted_at IS NULL
    ON CONFLICT DO NOTHING`.execute(db);
  return changes(forCustomers) + changes(forContacts);
}

/** A follow-up N days after each recent visit or meeting whose next step is filled in. */
export async function insertVisitFollowUps(
  db: Kysely<Database>,
  params: { days: number; since: string; now: string; titlePrefix: string },
): Promise<number> {
  const result = await sql`
    INSERT INTO reminders (id, customer_id, title, title_args, notes, due_at, repeat, status,
      source, priority, rule_key, series_index, created_at, updated_at)
    SELECT kemai_new_id(), i.customer_id, substr(${params.titlePrefix} || i.next_step, 1, 200),
      json_object('rule', 'visit-follow-up', 'nextStep', i.next_step), i.next_step,
      kemai_rule_due(i.occurred_at, ${params.days}),
      'none', 'open', 'rule:visit-follow-up', 'normal', 'rule:visit-follow-up:' || i.id, 0,
      ${params.now}, ${params.now}
    FROM interactions i JOIN customers c ON c.id = i.customer_id AND c.deleted_at IS NULL
    WHERE i.next_step IS NOT NULL AND i.type IN ('visit', 'meeting') AND i.deleted_at IS NULL
      AND i.occurred_at >= ${params.since} AND i.occurred_at <= ${params.now}
    ON CONFLICT DO NOTHING`.execute(db);
  return changes(result);
}
