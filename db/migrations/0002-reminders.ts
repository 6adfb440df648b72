import { sql, type Kysely } from 'kysely';

// Migrations are history: they never import app code and never change once released.

// The views sort and filter on this exact expression; queries must repeat it verbatim so
// SQLite matches the expression index instead of scanning.
const EFFECTIVE_DUE = 'coalesce(snoozed_until, due_at)';

const statements = [
  `CREATE TABLE reminders (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    deal_id TEXT,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    notes TEXT,
    due_at TEXT NOT NULL,
    repeat TEXT NOT NULL DEFAULT 'none'
      CHECK (repeat IN ('none', 'daily', 'weekly', 'monthly', 'yearly')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed')),
    snoozed_until TEXT,
    completed_at TEXT,
    source TEXT NOT NULL CHECK (source IN ('manual', 'visit') OR source LIKE 'rule:%'),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
    -- One row per rule occasion, kept when dismissed or deleted so a rule never recreates it.
    rule_key TEXT UNIQUE,
    -- Recurrence: the first occurrence's id and due time, and this row's index in the series.
    series_id TEXT,
    series_anchor TEXT,
    series_index INTEGER NOT NULL DEFAULT 0,
    -- When the OS notification was shown; cleared by a snooze or a new due time.
    notified_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT`,
  // Overdue / today / upcoming and the counts: one range each over open rows.
  `CREATE INDEX ix_reminders_open_due ON reminders (${EFFECTIVE_DUE}, seq)
    WHERE status = 'open' AND deleted_at IS NULL`,
  // The scheduler's next timer and the catch-up: open rows not yet notified.
  `CREATE INDEX ix_reminders_unnotified ON reminders (${EFFECTIVE_DUE})
    WHERE status = 'open' AND deleted_at IS NULL AND notified_at IS NULL`,
  `CREATE INDEX ix_reminders_done ON reminders (completed_at, seq)
    WHERE status <> 'open' AND deleted_at IS NULL`,
  `CREATE INDEX ix_reminders_customer ON reminders (customer_id, ${EFFECTIVE_DUE}, seq)
    WHERE deleted_at IS NULL`,
  // Completing an occurrence twice must not create two next occurrences.
  `CREATE UNIQUE INDEX ux_reminders_series_due ON reminders (series_id, due_at)
    WHERE series_id IS NOT NULL`,

  // count(*) over every upcoming reminder grows with the table; the open total is kept by
  // triggers (like customers.live), so "upcoming" is that minus overdue and today.
  `INSERT INTO counters (name, value) VALUES ('reminders.open', 0)`,
  `CREATE TRIGGER reminders_open_ai AFTER INSERT ON reminders
    WHEN new.status = 'open' AND new.deleted_at IS NULL BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'reminders.open';
  END`,
  `CREATE TRIGGER reminders_open_ad AFTER DELETE ON reminders
    WHEN old.status = 'open' AND old.deleted_at IS NULL BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'reminders.open';
  END`,
  `CREATE TRIGGER reminders_open_au AFTER UPDATE OF status, deleted_at ON reminders
    WHEN (old.status = 'open' AND old.deleted_at IS NULL) <> (new.status = 'open' AND new.deleted_at IS NULL) BEGIN
    UPDATE counters SET value = value + (CASE WHEN new.status = 'open' AND new.deleted_at IS NULL THEN 1 ELSE -1 END)
      WHERE name = 'reminders.open';
  END`,

  // Rule inputs that would otherwise read whole tables: customers by tier and last contact
  // (a 1M-row table scan reads ~1 GB), birthdays by month-day, recent visits with a next step.
  `CREATE INDEX ix_customers_contact_due ON customers (tier, coalesce(last_contact_at, created_at), id)
    WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_birthday_md ON customers (substr(birthday, 6))
    WHERE birthday IS NOT NULL AND deleted_at IS NULL`,
  `CREATE INDEX ix_contacts_birthday_md ON contacts (substr(birthday, 6))
    WHERE birthday IS NOT NULL AND deleted_at IS NULL`,
  `CREATE INDEX ix_interactions_next_step ON interactions (occurred_at)
    WHERE next_step IS NOT NULL AND type IN ('visit', 'meeting') AND deleted_at IS NULL`,

  // A customer in the trash takes its reminders along (same timestamp), and a restore brings
  // back exactly those, so counts never need to join customers.
  `CREATE TRIGGER reminders_follow_customer_delete AFTER UPDATE OF deleted_at ON customers
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
    UPDATE reminders SET deleted_at = new.deleted_at
      WHERE customer_id = new.id AND deleted_at IS NULL;
  END`,
  `CREATE TRIGGER reminders_follow_customer_restore AFTER UPDATE OF deleted_at ON customers
    WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
    UPDATE reminders SET deleted_at = NULL
      WHERE customer_id = new.id AND deleted_at = old.deleted_at;
  END`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic (Kysely docs)
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
