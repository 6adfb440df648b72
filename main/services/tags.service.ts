import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { newId } from '../../db/ids';
import {
  findTagsByNames,
  insertTag,
  listTagsWithCounts,
  replaceCustomerTags,
} from '../../db/repositories/tags.repository';
import type { ServiceDeps } from './service-deps';

/** Distinct names, compared case-insensitively, first spelling wins. */
export function uniqueTagNames(names: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (name.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push(name);
  }
  return result;
}

/** Sets a customer's tags, creating tags that do not exist yet. Call inside a transaction. */
export async function setCustomerTags(
  trx: Kysely<Database>,
  customerId: string,
  names: string[],
  now: string,
): Promise<string[]> {
  const wanted = uniqueTagNames(names);
  const existing = await findTagsByNames(trx, wanted);
  const byKey = new Map(existing.map((t) => [t.name.toLowerCase(), t]));
  const ids: string[] = [];
  const finalNames: string[] = [];
  for (const name of wanted) {
    const found = byKey.get(name.toLowerCase());
    if (found) {
      ids.push(found.id);
      finalNames.push(found.name);
    } else {
      const id = newId();
      await insertTag(trx, { id, name, now });
      ids.push(id);
      finalNames.push(name);
    }
  }
  await replaceCustomerTags(trx, customerId, ids, now);
  return finalNames.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export async function listTags(deps: ServiceDeps) {
  return listTagsWithCounts(deps.db.kysely);
}
