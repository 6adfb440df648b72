import { sql, type Kysely } from 'kysely';

// Migrations are history: they never import app code and never change once released.

const statements = [
  // What an automatic reminder's title is made of (JSON: the rule and its parts). The title is
  // shown in the language the user reads now, not the one current when the rule ran; editing
  // the title clears this and the user's words stay as typed. `title` keeps the text as
  // created, for backups, exports and older builds.
  `ALTER TABLE reminders ADD COLUMN title_args TEXT`,
  // A "no contact for N days" reminder is for one occasion: the customer's last contact at the
  // time. Whenever that changes (an interaction logged, edited or removed, an import updating
  // the customer) its open follow-up is over. Kept here per change instead of checking every
  // open follow-up against its customer in the daily rule pass (4 s at a million customers).
  `CREATE TRIGGER reminders_close_no_contact AFTER UPDATE OF last_contact_at ON customers
    WHEN old.last_contact_at IS NOT new.last_contact_at BEGIN
    UPDATE reminders
      SET status = 'done',
        completed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE customer_id = new.id AND source = 'rule:no-contact' AND status = 'open'
        AND deleted_at IS NULL;
  END`,
  // Follow-ups whose occasion already passed before this build (the old daily pass closed them).
  `UPDATE reminders
    SET status = 'done',
      completed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE status = 'open' AND deleted_at IS NULL AND source = 'rule:no-contact'
      AND rule_key <> (SELECT 'rule:no-contact:' || c.id || ':' || coalesce(c.last_contact_at, c.created_at)
        FROM customers c WHERE c.id = reminders.customer_id)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic (Kysely docs)
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
