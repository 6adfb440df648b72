import type { z } from 'zod';
import type { Contact, contactCreateSchema, contactPatchSchema } from '../../shared/domain/contact';
import { normalizePhone } from '../../shared/domain/phone';
import type { ContactRow, ContactRowUpdate } from '../../db/schema';
import { newId } from '../../db/ids';
import {
  clearPrimary,
  findContactRow,
  insertContact,
  listContactRows,
  updateContactRow,
} from '../../db/repositories/contacts.repository';
import { findCustomerRow } from '../../db/repositories/customers.repository';
import { isoNow } from './clock';
import { notFound } from './errors';
import { pinyinKeys } from './pinyin-keys';
import type { ServiceDeps } from './service-deps';

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    namePinyin: row.name_pinyin,
    title: row.title,
    phone: row.phone,
    email: row.email,
    wechat: row.wechat,
    isPrimary: row.is_primary === 1,
    birthday: row.birthday,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function loadContact(deps: ServiceDeps, id: string): Promise<Contact> {
  const row = await findContactRow(deps.db.kysely, id);
  if (!row) throw notFound('contact', id);
  return toContact(row);
}

export async function createContact(
  deps: ServiceDeps,
  input: z.output<typeof contactCreateSchema>,
): Promise<Contact> {
  const id = newId();
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const customer = await findCustomerRow(trx, input.customerId);
    if (!customer || customer.deleted_at !== null) throw notFound('customer', input.customerId);
    const existing = await listContactRows(trx, input.customerId);
    // The first contact of a customer is its primary one unless the user says otherwise.
    const primary = input.isPrimary ?? existing.length === 0;
    if (primary) await clearPrimary(trx, input.customerId, now);
    await insertContact(trx, {
      id,
      customer_id: input.customerId,
      name: input.name,
      name_pinyin: pinyinKeys(input.name, true).full,
      title: input.title ?? null,
      phone: input.phone ?? null,
      phone_norm: normalizePhone(input.phone),
      email: input.email ?? null,
      wechat: input.wechat ?? null,
      is_primary: primary ? 1 : 0,
      birthday: input.birthday ?? null,
      notes: input.notes ?? null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  deps.emit('data.changed', { domain: 'contacts' });
  return loadContact(deps, id);
}

export async function updateContact(
  deps: ServiceDeps,
  id: string,
  patch: z.output<typeof contactPatchSchema>,
): Promise<Contact> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findContactRow(trx, id);
    if (!current) throw notFound('contact', id);
    const row: ContactRowUpdate = { updated_at: now };
    if (patch.name !== undefined) {
      row.name = patch.name;
      row.name_pinyin = pinyinKeys(patch.name, true).full;
    }
    if (patch.title !== undefined) row.title = patch.title;
    if (patch.phone !== undefined) {
      row.phone = patch.phone;
      row.phone_norm = normalizePhone(patch.phone);
    }
    if (patch.email !== undefined) row.email = patch.email;
    if (patch.wechat !== undefined) row.wechat = patch.wechat;
    if (patch.birthday !== undefined) row.birthday = patch.birthday;
    if (patch.notes !== undefined) row.notes = patch.notes;
    if (patch.isPrimary !== undefined) {
      if (patch.isPrimary) await clearPrimary(trx, current.customer_id, now);
      row.is_primary = patch.isPrimary ? 1 : 0;
    }
    await updateContactRow(trx, id, row);
  });
  deps.emit('data.changed', { domain: 'contacts' });
  return loadContact(deps, id);
}

export async function removeContact(deps: ServiceDeps, id: string): Promise<{ id: string }> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findContactRow(trx, id);
    if (!current) throw notFound('contact', id);
    await updateContactRow(trx, id, { deleted_at: now, updated_at: now, is_primary: 0 });
    if (current.is_primary === 1) {
      // Keep a primary contact while the customer has any: promote the next one.
      const [next] = await listContactRows(trx, current.customer_id);
      if (next) await updateContactRow(trx, next.id, { is_primary: 1, updated_at: now });
    }
  });
  deps.emit('data.changed', { domain: 'contacts' });
  return { id };
}

export async function listContacts(deps: ServiceDeps, customerId: string): Promise<Contact[]> {
  const customer = await findCustomerRow(deps.db.kysely, customerId);
  if (!customer) throw notFound('customer', customerId);
  return (await listContactRows(deps.db.kysely, customerId)).map(toContact);
}
