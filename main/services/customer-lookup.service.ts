import type { DuplicateMatch, Facets } from '../../shared/domain/customer';
import { normalizePhone } from '../../shared/domain/phone';
import {
  findCustomersByEmailNorm,
  findCustomersByPhoneNorm,
  distinctValues,
} from '../../db/repositories/customers.repository';
import { tagNamesInUse } from '../../db/repositories/tags.repository';
import type { CustomerRow } from '../../db/schema';
import { normalizeEmail } from './customers.service';
import type { ServiceDeps } from './service-deps';

const MAX_MATCHES = 5;

function toMatch(row: CustomerRow, matchedOn: 'phone' | 'email'): DuplicateMatch {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    phone: row.phone,
    email: row.email,
    matchedOn,
    deleted: row.deleted_at !== null,
  };
}

/** Existing customers with the same normalised phone or email (trash included, flagged). */
export async function findDuplicates(
  deps: ServiceDeps,
  input: { phone?: string | null; email?: string | null; excludeId?: string },
): Promise<DuplicateMatch[]> {
  const matches = new Map<string, DuplicateMatch>();
  const phone = normalizePhone(input.phone);
  if (phone) {
    for (const row of await findCustomersByPhoneNorm(deps.db.kysely, phone, MAX_MATCHES)) {
      matches.set(row.id, toMatch(row, 'phone'));
    }
  }
  const email = normalizeEmail(input.email);
  if (email && email.includes('@')) {
    for (const row of await findCustomersByEmailNorm(deps.db.kysely, email, MAX_MATCHES)) {
      if (!matches.has(row.id)) matches.set(row.id, toMatch(row, 'email'));
    }
  }
  if (input.excludeId) matches.delete(input.excludeId);
  return [...matches.values()].sort((a, b) => Number(a.deleted) - Number(b.deleted));
}

export async function customerFacets(deps: ServiceDeps): Promise<Facets> {
  const db = deps.db.kysely;
  const [industries, cities, owners, tags] = await Promise.all([
    distinctValues(db, 'industry', 200),
    distinctValues(db, 'city', 500),
    distinctValues(db, 'owner', 200),
    tagNamesInUse(db),
  ]);
  const byPinyin = (a: string, b: string): number => a.localeCompare(b, 'zh-CN');
  return {
    industries: industries.sort(byPinyin),
    cities: cities.sort(byPinyin),
    owners: owners.sort(byPinyin),
    tags,
  };
}
