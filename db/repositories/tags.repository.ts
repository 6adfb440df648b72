import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function findTagsByNames(
  db: Kysely<Database>,
  names: string[],
): Promise<{ id: string; name: string }[]> {
  if (names.length === 0) return [];
  return db.selectFrom('tags').select(['id', 'name']).where('name', 'in', names).execute();
}

export async function insertTag(
  db: Kysely<Database>,
  tag: { id: string; name: string; now: string },
): Promise<void> {
  await db
    .insertInto('tags')
    .values({ id: tag.id, name: tag.name, color: null, created_at: tag.now, updated_at: tag.now })
    .execute();
}

export async function replaceCustomerTags(
  db: Kysely<Database>,
  customerId: string,
  tagIds: string[],
  now: string,
): Promise<void> {
  await db.deleteFrom('customer_tags').where('customer_id', '=', customerId).execute();
  if (tagIds.length === 0) return;
  await db
    .insertInto('customer_tags')
    .values(tagIds.map((tagId) => ({ customer_id: customerId, tag_id: tagId, created_at: now })))
    .execute();
}

/** Tag names per customer for a page of customers, in one query. */
export async function tagNamesByCustomer(
  db: Kysely<Database>,
  customerIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (customerIds.length === 0) return result;
  const rows = await db
    .selectFrom('customer_tags as ct')
    .innerJoin('tags as t', 't.id', 'ct.tag_id')
    .select(['ct.customer_id as customerId', 't.name as name'])
    .where('ct.customer_id', 'in', customerIds)
    .orderBy('t.name')
    .execute();
  for (const row of rows) {
    const list = result.get(row.customerId) ?? [];
    list.push(row.name);
    result.set(row.customerId, list);
  }
  return result;
}

export async function listTagsWithCounts(
  db: Kysely<Database>,
): Promise<{ id: string; name: string; count: number }[]> {
  const rows = await db
    .selectFrom('tags as t')
    .leftJoin('customer_tags as ct', 'ct.tag_id', 't.id')
    .leftJoin('customers as c', (join) =>
      join.onRef('c.id', '=', 'ct.customer_id').on('c.deleted_at', 'is', null),
    )
    .select((eb) => ['t.id', 't.name', eb.fn.count<number>('c.id').as('count')])
    .groupBy(['t.id', 't.name'])
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, count: Number(r.count) }));
}

/**
 * Names of tags that at least one live customer carries, for the filter dropdown. EXISTS stops
 * at the first live customer per tag, where counting every link took ~1.6 s at 1M customers.
 */
export async function tagNamesInUse(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('tags as t')
    .select('t.name')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('customer_tags as ct')
          .innerJoin('customers as c', 'c.id', 'ct.customer_id')
          .select('ct.tag_id')
          .whereRef('ct.tag_id', '=', 't.id')
          .where('c.deleted_at', 'is', null),
      ),
    )
    .orderBy('t.name')
    .execute();
  return rows.map((r) => r.name);
}
