import type { Kysely } from 'kysely';
import type { CustomerRow, CustomerRowUpdate, Database, NewCustomerRow } from '../schema';

export async function insertCustomer(db: Kysely<Database>, row: NewCustomerRow): Promise<void> {
  await db.insertInto('customers').values(row).execute();
}

export async function updateCustomerRow(
  db: Kysely<Database>,
  id: string,
  patch: CustomerRowUpdate,
): Promise<number> {
  const result = await db
    .updateTable('customers')
    .set(patch)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findCustomerRow(
  db: Kysely<Database>,
  id: string,
): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCustomersByPhoneNorm(
  db: Kysely<Database>,
  phoneNorm: string,
  limit: number,
): Promise<CustomerRow[]> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('phone_norm', '=', phoneNorm)
    .limit(limit)
    .execute();
}

export async function findCustomersByEmailNorm(
  db: Kysely<Database>,
  emailNorm: string,
  limit: number,
): Promise<CustomerRow[]> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('email_norm', '=', emailNorm)
    .limit(limit)
    .execute();
}

/** Live (not deleted) customers, from the trigger-maintained counter. */
export async function countActiveCustomers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'customers.live')
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Most used values of a text column among live customers, for filter dropdowns. */
export async function topValues(
  db: Kysely<Database>,
  column: 'industry' | 'city' | 'owner',
  limit: number,
): Promise<string[]> {
  // GROUP BY walks the column's partial index; bounded by distinct values, not rows sorted.
  const rows = await db
    .selectFrom('customers')
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where(column, 'is not', null)
    .groupBy(column)
    .orderBy('n', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.value).filter((v): v is string => typeof v === 'string');
}
