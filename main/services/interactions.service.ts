import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  Interaction,
  interactionCreateSchema,
  interactionPatchSchema,
} from '../../shared/domain/interaction';
import type { Database, InteractionRowUpdate } from '../../db/schema';
import { newId } from '../../db/ids';
import { findContactRow } from '../../db/repositories/contacts.repository';
import { findCustomerRow, updateCustomerRow } from '../../db/repositories/customers.repository';
import {
  findInteractionRow,
  insertInteraction,
  latestInteractionAt,
  listInteractionRows,
  updateInteractionRow,
  type InteractionWithContact,
} from '../../db/repositories/interactions.repository';
import { isoNow } from './clock';
import { closeNoContactFollowUps } from './reminders/interaction-hook';
import { invalid, notFound } from './errors';
import type { ServiceDeps } from './service-deps';

export function toInteraction(row: InteractionWithContact): Interaction {
  return {
    id: row.id,
    customerId: row.customer_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    type: row.type,
    occurredAt: row.occurred_at,
    summary: row.summary,
    outcome: row.outcome,
    nextStep: row.next_step,
    visitId: row.visit_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Stored instants are UTC ISO strings, whatever offset the caller used. */
function toUtc(instant: string): string {
  return new Date(instant).toISOString();
}

async function assertContactOf(
  trx: Kysely<Database>,
  contactId: string | null | undefined,
  customerId: string,
): Promise<void> {
  if (!contactId) return;
  const contact = await findContactRow(trx, contactId);
  if (!contact || contact.customer_id !== customerId) {
    throw invalid(['contactId'], 'validation.contactOfCustomer');
  }
}

async function refreshLastContact(trx: Kysely<Database>, customerId: string): Promise<void> {
  const latest = await latestInteractionAt(trx, customerId);
  await updateCustomerRow(trx, customerId, { last_contact_at: latest });
}

async function loadInteraction(deps: ServiceDeps, id: string): Promise<Interaction> {
  const row = await findInteractionRow(deps.db.kysely, id);
  if (!row) throw notFound('interaction', id);
  return toInteraction(row);
}

/**
 * Logs an interaction inside the caller's transaction; reminders.complete uses it so the
 * timeline entry and the completed reminder commit together. Returns the follow-up reminders
 * it closed (a logged contact ends a "no contact for N days" reminder).
 */
export async function logInteractionIn(
  trx: Kysely<Database>,
  input: z.output<typeof interactionCreateSchema>,
  id: string,
  now: string,
): Promise<number> {
  const customer = await findCustomerRow(trx, input.customerId);
  if (!customer || customer.deleted_at !== null) throw notFound('customer', input.customerId);
  await assertContactOf(trx, input.contactId, input.customerId);
  await insertInteraction(trx, {
    id,
    customer_id: input.customerId,
    contact_id: input.contactId ?? null,
    type: input.type,
    occurred_at: toUtc(input.occurredAt),
    summary: input.summary,
    outcome: input.outcome ?? null,
    next_step: input.nextStep ?? null,
    visit_id: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
  // Closed here first, at the app's clock; the last-contact trigger (migration 0004) then finds
  // nothing left to close.
  const closed = await closeNoContactFollowUps(trx, input.customerId, now);
  await refreshLastContact(trx, input.customerId);
  return closed;
}

export async function createInteraction(
  deps: ServiceDeps,
  input: z.output<typeof interactionCreateSchema>,
): Promise<Interaction> {
  const id = newId();
  const now = isoNow(deps.clock);
  const closed = await deps.db.kysely
    .transaction()
    .execute((trx) => logInteractionIn(trx, input, id, now));
  deps.emit('data.changed', { domain: 'interactions' });
  if (closed > 0) deps.emit('data.changed', { domain: 'reminders' });
  return loadInteraction(deps, id);
}

export async function updateInteraction(
  deps: ServiceDeps,
  id: string,
  patch: z.output<typeof interactionPatchSchema>,
): Promise<Interaction> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findInteractionRow(trx, id);
    if (!current) throw notFound('interaction', id);
    if (patch.contactId !== undefined)
      await assertContactOf(trx, patch.contactId, current.customer_id);
    const row: InteractionRowUpdate = { updated_at: now };
    if (patch.contactId !== undefined) row.contact_id = patch.contactId;
    if (patch.type !== undefined) row.type = patch.type;
    if (patch.occurredAt !== undefined) row.occurred_at = toUtc(patch.occurredAt);
    if (patch.summary !== undefined) row.summary = patch.summary;
    if (patch.outcome !== undefined) row.outcome = patch.outcome;
    if (patch.nextStep !== undefined) row.next_step = patch.nextStep;
    await updateInteractionRow(trx, id, row);
    await refreshLastContact(trx, current.customer_id);
  });
  deps.emit('data.changed', { domain: 'interactions' });
  return loadInteraction(deps, id);
}

/** Moves an interaction out of the timeline inside the caller's transaction. */
export async function removeInteractionIn(
  trx: Kysely<Database>,
  current: { id: string; customer_id: string },
  now: string,
): Promise<void> {
  await updateInteractionRow(trx, current.id, { deleted_at: now, updated_at: now });
  await refreshLastContact(trx, current.customer_id);
}

export async function removeInteraction(deps: ServiceDeps, id: string): Promise<{ id: string }> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findInteractionRow(trx, id);
    if (!current) throw notFound('interaction', id);
    await removeInteractionIn(trx, current, now);
  });
  deps.emit('data.changed', { domain: 'interactions' });
  return { id };
}

export async function listInteractions(
  deps: ServiceDeps,
  customerId: string,
  limit: number,
): Promise<Interaction[]> {
  const customer = await findCustomerRow(deps.db.kysely, customerId);
  if (!customer) throw notFound('customer', customerId);
  return (await listInteractionRows(deps.db.kysely, customerId, limit)).map(toInteraction);
}
