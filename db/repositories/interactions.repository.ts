import type { Kysely } from 'kysely';
import type { Database, InteractionRow, InteractionRowUpdate, NewInteractionRow } from '../schema';

export type InteractionWithContact = InteractionRow & { contact_name: string | null };

export async function insertInteraction(
  db: Kysely<Database>,
  row: NewInteractionRow,
): Promise<void> {
  await db.insertInto('interactions').values(row).execute();
}

export async function updateInteractionRow(
  db: Kysely<Database>,
  id: string,
  patch: InteractionRowUpdate,
): Promise<void> {
  await db.updateTable('interactions').set(patch).where('id', '=', id).execute();
}

export async function findInteractionRow(
  db: Kysely<Database>,
  id: string,
): Promise<InteractionWithContact | undefined> {
  return db
    .selectFrom('interactions as i')
    .leftJoin('contacts as ct', 'ct.id', 'i.contact_id')
    .selectAll('i')
    .select('ct.name as contact_name')
    .where('i.id', '=', id)
    .where('i.deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function listInteractionRows(
  db: Kysely<Database>,
  customerId: string,
  limit: number,
): Promise<InteractionWithContact[]> {
  return db
    .selectFrom('interactions as i')
    .leftJoin('contacts as ct', 'ct.id', 'i.contact_id')
    .selectAll('i')
    .select('ct.name as contact_name')
    .where('i.customer_id', '=', customerId)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.occurred_at', 'desc')
    .orderBy('i.seq', 'desc')
    .limit(limit)
    .execute();
}

/** The customer's most recent live interaction time, which the list shows as "last contact". */
export async function latestInteractionAt(
  db: Kysely<Database>,
  customerId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('interactions')
    .select((eb) => eb.fn.max('occurred_at').as('latest'))
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.latest ?? null;
}
