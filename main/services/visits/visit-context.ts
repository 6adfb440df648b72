import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { findContactRow } from '../../../db/repositories/contacts.repository';
import { findVisitRow, findVisitRows } from '../../../db/repositories/visits.repository';
import type { Visit } from '../../../shared/domain/visit';
import { invalid } from '../errors';
import { effectiveTimeZone, readReminderRules } from '../reminders/reminder-settings';
import { localDayBounds } from '../reminders/time-zone';
import type { ServiceDeps } from '../service-deps';
import { visitNotFound } from './visit-errors';
import { toVisit } from './visit-mapper';

/** Stored instants are UTC ISO strings, whatever offset the caller used. */
export const toUtc = (instant: string): string => new Date(instant).toISOString();

/** The user's zone: the one reminders use, so "today" means the same on every screen. */
export async function userTimeZone(db: Kysely<Database>): Promise<string> {
  return effectiveTimeZone(await readReminderRules(db));
}

export async function todayStart(deps: ServiceDeps): Promise<string> {
  const zone = await userTimeZone(deps.db.kysely);
  return localDayBounds(deps.clock.now(), zone).start.toISOString();
}

export async function loadVisit(deps: ServiceDeps, id: string): Promise<Visit> {
  const row = await findVisitRow(deps.db.kysely, id);
  if (!row) throw visitNotFound(id);
  return toVisit(row, await todayStart(deps));
}

export async function loadVisits(deps: ServiceDeps, ids: readonly string[]): Promise<Visit[]> {
  const start = await todayStart(deps);
  const byId = new Map((await findVisitRows(deps.db.kysely, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toVisit(row, start)] : [];
  });
}

export async function assertContactOf(
  trx: Kysely<Database>,
  contactId: string | null | undefined,
  customerId: string,
): Promise<void> {
  if (!contactId) return;
  const contact = await findContactRow(trx, contactId);
  if (!contact || contact.customer_id !== customerId || contact.deleted_at !== null) {
    throw invalid(['contactId'], 'validation.contactOfCustomer');
  }
}

export function visitsChanged(deps: ServiceDeps): void {
  deps.emit('data.changed', { domain: 'visits' });
}
