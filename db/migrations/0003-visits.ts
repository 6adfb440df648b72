import { sql, type Kysely } from 'kysely';

// Migrations are history: they never import app code and never change once released.

// The last done visit per customer, kept by triggers so cadence suggestions read one index
// range per tier instead of anti-joining 1M customers against visits.
const LAST_VISIT = (customer: string): string =>
  `UPDATE customers SET last_visit_at = (
      SELECT max(coalesce(checked_in_at, planned_at)) FROM visits
      WHERE customer_id = ${customer} AND status = 'done' AND deleted_at IS NULL)
    WHERE id = ${customer}`;

const statements = [
  `CREATE TABLE visits (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    planned_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 60 CHECK (duration_min BETWEEN 5 AND 1440),
    purpose TEXT,
    address TEXT,
    lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lng REAL CHECK (lng IS NULL OR lng BETWEEN -180 AND 180),
    -- 'missed' is derived when reading (planned, not checked in, day passed); it is stored only
    -- if a later feature decides to freeze it.
    status TEXT NOT NULL DEFAULT 'planned'
      CHECK (status IN ('planned', 'done', 'cancelled', 'missed')),
    outcome TEXT,
    checked_in_at TEXT,
    check_in_note TEXT,
    completed_at TEXT,
    -- Manual position within the day (visits.reorder); NULL means "let the router decide".
    route_order INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT`,
  // Calendar/week views and the day's route: one range over planned_at.
  `CREATE INDEX ix_visits_planned ON visits (planned_at, seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_visits_customer ON visits (customer_id, planned_at) WHERE deleted_at IS NULL`,

  `ALTER TABLE customers ADD COLUMN last_visit_at TEXT`,
  `CREATE INDEX ix_customers_visit_due ON customers (tier, coalesce(last_visit_at, created_at), id)
    WHERE deleted_at IS NULL`,
  `CREATE TRIGGER visits_last_ai AFTER INSERT ON visits WHEN new.status = 'done' BEGIN
    ${LAST_VISIT('new.customer_id')};
  END`,
  `CREATE TRIGGER visits_last_au AFTER UPDATE OF status, deleted_at, checked_in_at, planned_at ON visits
    WHEN old.status = 'done' OR new.status = 'done' BEGIN
    ${LAST_VISIT('new.customer_id')};
  END`,
  `CREATE TRIGGER visits_last_ad AFTER DELETE ON visits WHEN old.status = 'done' BEGIN
    ${LAST_VISIT('old.customer_id')};
  END`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic (Kysely docs)
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
