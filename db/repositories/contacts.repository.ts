import type { Kysely } from 'kysely';
import type { ContactRow, ContactRowUpdate, Database, NewContactRow } from '../schema';

export async function insertContact(db: Kysely<Database>, row: NewContactRow): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function updateContactRow(
  db: Kysely<Database>,
  id: string,
  patch: ContactRowUpdate,
): Promise<void> {
  await db.updateTable('contacts').set(patch).where('id', '=', id).execute();
}

export async function findContactRow(
  db: Kysely<Database>,
  id: string,
): Promise<ContactRow | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function listContactRows(
  db: Kysely<Database>,
  customerId: string,
): Promise<ContactRow[]> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .orderBy('is_primary', 'desc')
    .orderBy('name_pinyin')
    .execute();
}

/** Clears the primary flag of a customer's other contacts (at most one primary). */
export async function clearPrimary(
  db: Kysely<Database>,
  customerId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ is_primary: 0, updated_at: now })
    .where('customer_id', '=', customerId)
    .where('is_primary', '=', 1)
    .where('deleted_at', 'is', null)
    .execute();
}
