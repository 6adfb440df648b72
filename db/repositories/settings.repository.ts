import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function readSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function writeSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}
