import type { z } from 'zod';
import type {
  Visit,
  visitCheckInSchema,
  visitCreateManySchema,
  visitCreateSchema,
  visitListInputSchema,
  visitPatchSchema,
} from '../../../shared/domain/visit';
import type { NewVisitRow, VisitRowUpdate } from '../../../db/schema';
import { newId } from '../../../db/ids';
import { findCustomerRow } from '../../../db/repositories/customers.repository';
import {
  findVisitRow,
  insertVisits,
  listVisitRows,
  liveCustomerIds,
  updateVisitRow,
} from '../../../db/repositories/visits.repository';
import { isoNow } from '../clock';
import type { ServiceDeps } from '../service-deps';
import {
  assertContactOf,
  loadVisit,
  loadVisits,
  todayStart,
  toUtc,
  visitsChanged,
} from './visit-context';
import { badTransition, duplicateCustomers, unknownCustomer, visitNotFound } from './visit-errors';
import { toVisit } from './visit-mapper';
import { readVisitSettings } from './visit-settings';

type ListInput = z.output<typeof visitListInputSchema>;
type CreateInput = z.output<typeof visitCreateSchema>;
type CreateManyInput = z.output<typeof visitCreateManySchema>;
type PatchInput = z.output<typeof visitPatchSchema>;
type CheckInInput = z.output<typeof visitCheckInSchema>;

/** A week holds a few dozen visits; the cap keeps a careless year-long range cheap. */
const LIST_LIMIT = 2_000;

export async function listVisits(
  deps: ServiceDeps,
  input: ListInput,
): Promise<{ items: Visit[]; truncated: boolean }> {
  const start = await todayStart(deps);
  const rows = await listVisitRows(deps.db.kysely, {
    from: toUtc(input.from),
    to: toUtc(input.to),
    status: input.status,
    customerId: input.customerId,
    todayStart: start,
    limit: LIST_LIMIT + 1,
  });
  return {
    items: rows.slice(0, LIST_LIMIT).map((r) => toVisit(r, start)),
    truncated: rows.length > LIST_LIMIT,
  };
}

function newVisitRow(
  base: Omit<NewVisitRow, 'id' | 'status' | 'created_at' | 'updated_at'>,
  now: string,
): NewVisitRow & { id: string } {
  return { ...base, id: newId(), status: 'planned', created_at: now, updated_at: now };
}

const emptyState = {
  outcome: null,
  checked_in_at: null,
  check_in_note: null,
  completed_at: null,
  route_order: null,
  deleted_at: null,
} as const;

export async function createVisit(deps: ServiceDeps, input: CreateInput): Promise<Visit> {
  const now = isoNow(deps.clock);
  const settings = await readVisitSettings(deps.db.kysely);
  const row = newVisitRow(
    {
      ...emptyState,
      customer_id: input.customerId,
      contact_id: input.contactId ?? null,
      planned_at: toUtc(input.plannedAt),
      duration_min: input.durationMin ?? settings.defaultDurationMin,
      purpose: input.purpose ?? null,
      address: input.address ?? null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
    },
    now,
  );
  await deps.db.kysely.transaction().execute(async (trx) => {
    const customer = await findCustomerRow(trx, input.customerId);
    if (!customer || customer.deleted_at !== null) throw unknownCustomer([input.customerId]);
    await assertContactOf(trx, input.contactId, input.customerId);
    await insertVisits(trx, [row]);
  });
  visitsChanged(deps);
  return loadVisit(deps, row.id);
}

/** One visit per customer, back to back from plannedAt; all of them or none. */
export async function createManyVisits(
  deps: ServiceDeps,
  input: CreateManyInput,
): Promise<Visit[]> {
  if (new Set(input.customerIds).size !== input.customerIds.length) throw duplicateCustomers();
  const now = isoNow(deps.clock);
  const settings = await readVisitSettings(deps.db.kysely);
  const duration = input.durationMin ?? settings.defaultDurationMin;
  const spacingMs = (input.spacingMin ?? duration) * 60_000;
  const first = new Date(input.plannedAt).getTime();
  const rows = input.customerIds.map((customerId, i) =>
    newVisitRow(
      {
        ...emptyState,
        customer_id: customerId,
        contact_id: null,
        planned_at: new Date(first + i * spacingMs).toISOString(),
        duration_min: duration,
        purpose: input.purpose ?? null,
        address: null,
        lat: null,
        lng: null,
      },
      now,
    ),
  );
  await deps.db.kysely.transaction().execute(async (trx) => {
    const live = await liveCustomerIds(trx, input.customerIds);
    const missing = input.customerIds.filter((id) => !live.has(id));
    if (missing.length > 0) throw unknownCustomer(missing);
    await insertVisits(trx, rows);
  });
  visitsChanged(deps);
  return loadVisits(
    deps,
    rows.map((r) => r.id),
  );
}

/** Edits or reschedules; a new time clears the manual route position (another day's order). */
export async function updateVisit(
  deps: ServiceDeps,
  id: string,
  patch: PatchInput,
): Promise<Visit> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findVisitRow(trx, id);
    if (!current) throw visitNotFound(id);
    if (current.status === 'done') throw badTransition(id, 'alreadyDone');
    if (patch.contactId !== undefined)
      await assertContactOf(trx, patch.contactId, current.customer_id);
    const row: VisitRowUpdate = { updated_at: now };
    if (patch.contactId !== undefined) row.contact_id = patch.contactId;
    if (patch.durationMin !== undefined) row.duration_min = patch.durationMin;
    if (patch.purpose !== undefined) row.purpose = patch.purpose;
    if (patch.address !== undefined) row.address = patch.address;
    if (patch.lat !== undefined) row.lat = patch.lat;
    if (patch.lng !== undefined) row.lng = patch.lng;
    if (patch.plannedAt !== undefined && toUtc(patch.plannedAt) !== current.planned_at) {
      // Rescheduling re-plans: a cancelled or missed visit becomes planned again.
      row.planned_at = toUtc(patch.plannedAt);
      row.route_order = null;
      row.status = 'planned';
      row.checked_in_at = null;
      row.check_in_note = null;
    }
    await updateVisitRow(trx, id, row);
  });
  visitsChanged(deps);
  return loadVisit(deps, id);
}

export async function removeVisit(deps: ServiceDeps, id: string): Promise<{ id: string }> {
  const now = isoNow(deps.clock);
  const changed = await updateVisitRow(deps.db.kysely, id, { deleted_at: now, updated_at: now });
  if (changed === 0) throw visitNotFound(id);
  visitsChanged(deps);
  return { id };
}

export async function checkInVisit(deps: ServiceDeps, input: CheckInInput): Promise<Visit> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findVisitRow(trx, input.id);
    if (!current) throw visitNotFound(input.id);
    if (current.status === 'cancelled') throw badTransition(input.id, 'cancelled');
    if (current.status === 'done') throw badTransition(input.id, 'alreadyDone');
    if (current.checked_in_at !== null) throw badTransition(input.id, 'alreadyCheckedIn');
    const row: VisitRowUpdate = {
      checked_in_at: input.at !== undefined ? toUtc(input.at) : now,
      check_in_note: input.note ?? null,
      updated_at: now,
    };
    // Where the user actually stood is the best place we will ever know for this visit.
    if (input.lat !== undefined && input.lng !== undefined) {
      row.lat = input.lat;
      row.lng = input.lng;
    }
    await updateVisitRow(trx, input.id, row);
  });
  visitsChanged(deps);
  return loadVisit(deps, input.id);
}

export async function cancelVisit(deps: ServiceDeps, id: string): Promise<Visit> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findVisitRow(trx, id);
    if (!current) throw visitNotFound(id);
    if (current.status === 'done') throw badTransition(id, 'alreadyDone');
    if (current.status === 'cancelled') throw badTransition(id, 'cancelled');
    await updateVisitRow(trx, id, { status: 'cancelled', route_order: null, updated_at: now });
  });
  visitsChanged(deps);
  return loadVisit(deps, id);
}
