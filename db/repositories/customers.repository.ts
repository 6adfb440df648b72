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

/**
 * Distinct values of a filter column among live customers, for filter dropdowns. One index
 * seek per value (jumping past each one) instead of a GROUP BY over every row: ~1 ms instead of
 * ~500 ms for the three dropdowns at a million customers, which would block IPC meanwhile.
 */
export async function distinctValues(
  db: Kysely<Database>,
  column: 'industry' | 'city' | 'owner',
  limit: number,
): Promise<string[]> {
  const values: string[] = [];
  let after = '';
  while (values.length < limit) {
    const row = await db
      .selectFrom('customers')
      .select((eb) => eb.ref(column).as('value'))
      .where('deleted_at', 'is', null)
      .where(column, '>', after)
      .orderBy(column)
      .limit(1)
      .executeTakeFirst();
    if (!row || typeof row.value !== 'string') break;
    values.push(row.value);
    after = row.value;
  }
  return values;
}
