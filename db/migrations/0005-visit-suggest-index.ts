import { sql, type Kysely } from 'kysely';

// Migrations are history: they never import app code and never change once released.

// Cadence suggestions filtered to one city. ix_customers_visit_due (0003) is ordered by tier
// and due date only, so a city filter walked ~16x as many customers as it returned, each a
// random table read: 1.1 s with a cold disk at 1M customers. With the city between the tier
// and the due date, every (tier, city) pair is one ordered range that stops at the limit.
// The expression must match the query's coalesce(last_visit_at, created_at) exactly.
const statements = [
  `CREATE INDEX ix_customers_visit_due_city
    ON customers (tier, city, coalesce(last_visit_at, created_at), id)
    WHERE deleted_at IS NULL`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic (Kysely docs)
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
