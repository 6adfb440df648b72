import type { z } from 'zod';
import type {
  Reminder,
  ReminderCounts,
  ReminderListOutput,
  ReminderSaved,
  reminderCompleteSchema,
  reminderCreateSchema,
  reminderListInputSchema,
  reminderPatchSchema,
} from '../../../shared/domain/reminder';
import type { Interaction } from '../../../shared/domain/interaction';
import type { ReminderRowUpdate } from '../../../db/schema';
import { newId } from '../../../db/ids';
import { findCustomerRow } from '../../../db/repositories/customers.repository';
import {
  closeReminderRow,
  countReminderViews,
  findReminderRow,
  insertOccurrence,
  insertReminder,
  listReminderRows,
  updateReminderRow,
} from '../../../db/repositories/reminders.repository';
import { findInteractionRow } from '../../../db/repositories/interactions.repository';
import { isoNow } from '../clock';
import { logInteractionIn, toInteraction } from '../interactions.service';
import type { ServiceDeps } from '../service-deps';
import { notOpen, reminderNotFound, snoozeInPast, unknownCustomer } from './reminder-errors';
import { toReminder } from './reminder-mapper';
import { effectiveTimeZone, readLanguage, readReminderRules } from './reminder-settings';
import { displayTitle } from './rules/rule-text';
import { nextOccurrence } from './recurrence';
import { localDayBounds } from './time-zone';

type CreateInput = z.output<typeof reminderCreateSchema>;
type PatchInput = z.output<typeof reminderPatchSchema>;
type CompleteInput = z.output<typeof reminderCompleteSchema>;
type ListInput = z.output<typeof reminderListInputSchema>;

const toUtc = (instant: string): string => new Date(instant).toISOString();

async function timeZoneOf(deps: ServiceDeps): Promise<string> {
  return effectiveTimeZone(await readReminderRules(deps.db.kysely));
}

export async function loadReminder(deps: ServiceDeps, id: string): Promise<Reminder> {
  const row = await findReminderRow(deps.db.kysely, id);
  if (!row) throw reminderNotFound(id);
  return toReminder(row, await readLanguage(deps.db.kysely));
}

/** A due time already past is saved (catching up on paper notes is normal) but flagged. */
function warningsFor(dueAt: string | undefined, now: string): ReminderSaved['warnings'] {
  return dueAt !== undefined && toUtc(dueAt) < now
    ? [{ path: ['dueAt'], message: 'validation.dueInPast' }]
    : [];
}

function changed(deps: ServiceDeps): void {
  deps.emit('data.changed', { domain: 'reminders' });
}

export async function createReminder(
  deps: ServiceDeps,
  input: CreateInput,
): Promise<ReminderSaved> {
  const id = newId();
  const now = isoNow(deps.clock);
  const dueAt = toUtc(input.dueAt);
  const repeat = input.repeat ?? 'none';
  await deps.db.kysely.transaction().execute(async (trx) => {
    const customer = await findCustomerRow(trx, input.customerId);
    if (!customer || customer.deleted_at !== null) throw unknownCustomer(input.customerId);
    await insertReminder(trx, {
      id,
      customer_id: input.customerId,
      deal_id: input.dealId ?? null,
      title: input.title,
      notes: input.notes ?? null,
      due_at: dueAt,
      repeat,
      status: 'open',
      snoozed_until: null,
      completed_at: null,
      source: 'manual',
      priority: input.priority ?? 'normal',
      rule_key: null,
      series_id: repeat === 'none' ? null : id,
      series_anchor: repeat === 'none' ? null : dueAt,
      series_index: 0,
      notified_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  changed(deps);
  return { reminder: await loadReminder(deps, id), warnings: warningsFor(input.dueAt, now) };
}

export async function updateReminder(
  deps: ServiceDeps,
  id: string,
  patch: PatchInput,
): Promise<ReminderSaved> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findReminderRow(trx, id);
    if (!current) throw reminderNotFound(id);
    const row: ReminderRowUpdate = { updated_at: now };
    // A rule's title saved unchanged stays automatic (and follows the language); words the
    // user typed are kept as typed.
    if (
      patch.title !== undefined &&
      patch.title !== displayTitle(current, await readLanguage(trx))
    ) {
      row.title = patch.title;
      row.title_args = null;
    }
    if (patch.notes !== undefined) row.notes = patch.notes;
    if (patch.dealId !== undefined) row.deal_id = patch.dealId;
    if (patch.priority !== undefined) row.priority = patch.priority;
    const dueAt = patch.dueAt !== undefined ? toUtc(patch.dueAt) : current.due_at;
    if (patch.dueAt !== undefined) {
      // A new time replaces any snooze and must be announced again.
      row.due_at = dueAt;
      row.snoozed_until = null;
      row.notified_at = null;
    }
    const repeat = patch.repeat ?? current.repeat;
    if (patch.repeat !== undefined) row.repeat = repeat;
    if (repeat !== 'none' && (patch.dueAt !== undefined || current.series_anchor === null)) {
      // Editing the time restarts the series from this occurrence.
      row.series_id = current.series_id ?? current.id;
      row.series_anchor = dueAt;
      row.series_index = 0;
    }
    await updateReminderRow(trx, id, row);
  });
  changed(deps);
  return { reminder: await loadReminder(deps, id), warnings: warningsFor(patch.dueAt, now) };
}

export interface CompleteResult {
  reminder: Reminder;
  next: Reminder | null;
  interaction: Interaction | null;
}

/**
 * Marks a reminder done; optionally logs an interaction on the customer's timeline, and for a
 * recurring reminder creates the next occurrence, all in one transaction. A second complete
 * finds the reminder closed (CONFLICT) and the unique (series_id, due_at) key stops a racing
 * one from adding a second next occurrence.
 */
export async function completeReminder(
  deps: ServiceDeps,
  input: CompleteInput,
): Promise<CompleteResult> {
  const now = isoNow(deps.clock);
  const timeZone = await timeZoneOf(deps);
  let nextId: string | null = null;
  let interactionId: string | null = null;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findReminderRow(trx, input.id);
    if (!current) throw reminderNotFound(input.id);
    if (current.status !== 'open' || (await closeReminderRow(trx, input.id, 'done', now)) === 0) {
      throw notOpen(input.id);
    }
    if (input.logInteraction === true || input.interactionType !== undefined) {
      interactionId = newId();
      await logInteractionIn(
        trx,
        {
          customerId: current.customer_id,
          contactId: null,
          type: input.interactionType ?? 'note',
          occurredAt: now,
          summary: input.note ?? current.title,
          outcome: null,
          nextStep: null,
        },
        interactionId,
        now,
      );
    }
    if (current.repeat !== 'none') {
      const anchor = new Date(current.series_anchor ?? current.due_at);
      const next = nextOccurrence(
        anchor,
        current.repeat,
        current.series_index,
        deps.clock.now(),
        timeZone,
      );
      const id = newId();
      const { customer_name: _name, seq: _seq, ...base } = current;
      const inserted = await insertOccurrence(trx, {
        ...base,
        id,
        due_at: next.dueAt.toISOString(),
        status: 'open',
        snoozed_until: null,
        completed_at: null,
        rule_key: null,
        series_id: current.series_id ?? current.id,
        series_anchor: anchor.toISOString(),
        series_index: next.index,
        notified_at: null,
        created_at: now,
        updated_at: now,
      });
      if (inserted) nextId = id;
    }
  });
  changed(deps);
  if (interactionId !== null) deps.emit('data.changed', { domain: 'interactions' });
  const interactionRow =
    interactionId !== null ? await findInteractionRow(deps.db.kysely, interactionId) : undefined;
  return {
    reminder: await loadReminder(deps, input.id),
    next: nextId !== null ? await loadReminder(deps, nextId) : null,
    interaction: interactionRow ? toInteraction(interactionRow) : null,
  };
}

export async function snoozeReminder(
  deps: ServiceDeps,
  id: string,
  until: string,
): Promise<Reminder> {
  const now = isoNow(deps.clock);
  const at = toUtc(until);
  if (at <= now) throw snoozeInPast();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findReminderRow(trx, id);
    if (!current) throw reminderNotFound(id);
    if (current.status !== 'open') throw notOpen(id);
    await updateReminderRow(trx, id, { snoozed_until: at, notified_at: null, updated_at: now });
  });
  changed(deps);
  return loadReminder(deps, id);
}

/** Dismissed: closed without being done. A rule never recreates a dismissed occasion. */
export async function dismissReminder(deps: ServiceDeps, id: string): Promise<Reminder> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findReminderRow(trx, id);
    if (!current) throw reminderNotFound(id);
    if ((await closeReminderRow(trx, id, 'dismissed', now)) === 0) throw notOpen(id);
  });
  changed(deps);
  return loadReminder(deps, id);
}

/** Soft delete; the row (and its rule key) stays, so a rule does not bring it back. */
export async function removeReminder(deps: ServiceDeps, id: string): Promise<{ id: string }> {
  const now = isoNow(deps.clock);
  const updated = await updateReminderRow(deps.db.kysely, id, { deleted_at: now, updated_at: now });
  if (updated === 0) throw reminderNotFound(id);
  changed(deps);
  return { id };
}

export async function listReminders(
  deps: ServiceDeps,
  input: ListInput,
): Promise<ReminderListOutput> {
  const { start, end } = localDayBounds(deps.clock.now(), await timeZoneOf(deps));
  const page = await listReminderRows(deps.db.kysely, {
    view: input.view,
    customerId: input.customerId ?? null,
    dayStart: start.toISOString(),
    dayEnd: end.toISOString(),
    limit: input.limit ?? 50,
    cursor: input.cursor ?? null,
  });
  const language = await readLanguage(deps.db.kysely);
  return { items: page.rows.map((r) => toReminder(r, language)), nextCursor: page.nextCursor };
}

export async function reminderCounts(deps: ServiceDeps): Promise<ReminderCounts> {
  const { start, end } = localDayBounds(deps.clock.now(), await timeZoneOf(deps));
  return countReminderViews(deps.db.kysely, start.toISOString(), end.toISOString());
}
