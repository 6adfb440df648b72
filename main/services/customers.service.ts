import type { z } from 'zod';
import type {
  Customer,
  CustomerDetail,
  CustomerListOutput,
  customerCreateSchema,
  customerListInputSchema,
  customerPatchSchema,
} from '../../shared/domain/customer';
import { normalizePhone } from '../../shared/domain/phone';
import type { CustomerRowUpdate, NewCustomerRow } from '../../db/schema';
import { newId } from '../../db/ids';
import {
  findCustomerRow,
  insertCustomer,
  updateCustomerRow,
} from '../../db/repositories/customers.repository';
import { listCustomerRows } from '../../db/repositories/customer-search.repository';
import { tagNamesByCustomer } from '../../db/repositories/tags.repository';
import { listContactRows } from '../../db/repositories/contacts.repository';
import { listInteractionRows } from '../../db/repositories/interactions.repository';
import { isoNow } from './clock';
import { notFound } from './errors';
import { pinyinKeys } from './pinyin-keys';
import { setCustomerTags } from './tags.service';
import { toCustomer, toListItem } from './customer-mapper';
import { toContact } from './contacts.service';
import { toInteraction } from './interactions.service';
import type { ServiceDeps } from './service-deps';

type CreateInput = z.output<typeof customerCreateSchema>;
type PatchInput = z.output<typeof customerPatchSchema>;
type ListInput = z.output<typeof customerListInputSchema>;

export function normalizeEmail(email: string | null | undefined): string | null {
  return email ? email.trim().toLowerCase() : null;
}

/** Builds a full row for a new customer: defaults, pinyin keys and normalised phone/email. */
export function newCustomerRow(
  input: Omit<CreateInput, 'tags'>,
  id: string,
  now: string,
): NewCustomerRow {
  const kind = input.kind ?? 'company';
  const keys = pinyinKeys(input.name, kind === 'person');
  return {
    id,
    kind,
    name: input.name,
    name_pinyin: keys.full,
    name_initials: keys.initials,
    phone: input.phone ?? null,
    phone_norm: normalizePhone(input.phone),
    email: input.email ?? null,
    email_norm: normalizeEmail(input.email),
    company: input.company ?? null,
    title: input.title ?? null,
    industry: input.industry ?? null,
    size: input.size ?? null,
    source: input.source ?? null,
    stage: input.stage ?? 'lead',
    tier: input.tier ?? 'ordinary',
    owner: input.owner ?? null,
    province: input.province ?? null,
    city: input.city ?? null,
    district: input.district ?? null,
    address: input.address ?? null,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    birthday: input.birthday ?? null,
    gender: input.gender ?? null,
    notes: input.notes ?? null,
    custom: '{}',
    last_contact_at: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
}

async function loadCustomer(deps: ServiceDeps, id: string): Promise<Customer> {
  const row = await findCustomerRow(deps.db.kysely, id);
  if (!row) throw notFound('customer', id);
  const tags = await tagNamesByCustomer(deps.db.kysely, [id]);
  return toCustomer(row, tags.get(id) ?? []);
}

export async function createCustomer(deps: ServiceDeps, input: CreateInput): Promise<Customer> {
  const id = newId();
  const now = isoNow(deps.clock);
  const { tags, ...fields } = input;
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertCustomer(trx, newCustomerRow(fields, id, now));
    if (tags && tags.length > 0) await setCustomerTags(trx, id, tags, now);
  });
  deps.emit('data.changed', { domain: 'customers' });
  return loadCustomer(deps, id);
}

function patchToRow(
  patch: Omit<PatchInput, 'tags'>,
  kindForPinyin: 'company' | 'person',
): CustomerRowUpdate {
  const row: CustomerRowUpdate = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    (row as Record<string, unknown>)[key] = value;
  }
  if (patch.name !== undefined || patch.kind !== undefined) {
    // Name keys depend on the kind (surname readings), so recompute on either change.
    const name = patch.name;
    if (name !== undefined) {
      const keys = pinyinKeys(name, kindForPinyin === 'person');
      row.name_pinyin = keys.full;
      row.name_initials = keys.initials;
    }
  }
  if (patch.phone !== undefined) row.phone_norm = normalizePhone(patch.phone);
  if (patch.email !== undefined) row.email_norm = normalizeEmail(patch.email);
  return row;
}

export async function updateCustomer(
  deps: ServiceDeps,
  id: string,
  patch: PatchInput,
): Promise<Customer> {
  const now = isoNow(deps.clock);
  const { tags, ...fields } = patch;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findCustomerRow(trx, id);
    if (!current || current.deleted_at !== null) throw notFound('customer', id);
    const kind = fields.kind ?? current.kind;
    const withName =
      fields.kind !== undefined && fields.name === undefined
        ? { ...fields, name: current.name }
        : fields;
    await updateCustomerRow(trx, id, { ...patchToRow(withName, kind), updated_at: now });
    if (tags !== undefined) await setCustomerTags(trx, id, tags, now);
  });
  deps.emit('data.changed', { domain: 'customers' });
  return loadCustomer(deps, id);
}

export async function removeCustomer(deps: ServiceDeps, id: string): Promise<{ id: string }> {
  const row = await findCustomerRow(deps.db.kysely, id);
  if (!row || row.deleted_at !== null) throw notFound('customer', id);
  const now = isoNow(deps.clock);
  await updateCustomerRow(deps.db.kysely, id, { deleted_at: now, updated_at: now });
  deps.emit('data.changed', { domain: 'customers' });
  return { id };
}

export async function restoreCustomer(deps: ServiceDeps, id: string): Promise<Customer> {
  const row = await findCustomerRow(deps.db.kysely, id);
  if (!row) throw notFound('customer', id);
  if (row.deleted_at !== null) {
    await updateCustomerRow(deps.db.kysely, id, {
      deleted_at: null,
      updated_at: isoNow(deps.clock),
    });
    deps.emit('data.changed', { domain: 'customers' });
  }
  return loadCustomer(deps, id);
}

export async function getCustomerDetail(deps: ServiceDeps, id: string): Promise<CustomerDetail> {
  const customer = await loadCustomer(deps, id);
  const contacts = await listContactRows(deps.db.kysely, id);
  const interactions = await listInteractionRows(deps.db.kysely, id, 50);
  return {
    customer,
    contacts: contacts.map(toContact),
    interactions: interactions.map(toInteraction),
  };
}

export async function listCustomers(
  deps: ServiceDeps,
  input: ListInput,
): Promise<CustomerListOutput> {
  const query = input.query?.trim() ? input.query : null;
  const page = await listCustomerRows(deps.db.kysely, {
    query,
    filter: input.filter ?? {},
    sort: input.sort ?? { field: query ? 'relevance' : 'updatedAt', dir: query ? 'asc' : 'desc' },
    limit: input.limit ?? 100,
    cursor: input.cursor ?? null,
    deleted: input.deleted ?? false,
  });
  const tags = await tagNamesByCustomer(
    deps.db.kysely,
    page.rows.map((r) => r.id),
  );
  return {
    items: page.rows.map((row) => toListItem(row, tags.get(row.id) ?? [])),
    total: page.total,
    totalCapped: page.totalCapped,
    nextCursor: page.nextCursor,
  };
}
