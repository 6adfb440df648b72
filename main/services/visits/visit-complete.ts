import type { z } from 'zod';
import type { visitCompleteSchema, Visit } from '../../../shared/domain/visit';
import type { Interaction } from '../../../shared/domain/interaction';
import type { Reminder } from '../../../shared/domain/reminder';
import { newId } from '../../../db/ids';
import {
  findInteractionRow,
  updateInteractionRow,
} from '../../../db/repositories/interactions.repository';
import { findReminderRow, insertReminder } from '../../../db/repositories/reminders.repository';
import { findVisitRow, updateVisitRow } from '../../../db/repositories/visits.repository';
import { isoNow } from '../clock';
import { notFound } from '../errors';
import { logInteractionIn, toInteraction } from '../interactions.service';
import { toReminder } from '../reminders/reminder-mapper';
import type { ServiceDeps } from '../service-deps';
import { loadVisit, toUtc, visitsChanged } from './visit-context';
import { badTransition, unknownCustomer, visitNotFound } from './visit-errors';

type CompleteInput = z.output<typeof visitCompleteSchema>;

export interface VisitCompleted {
  visit: Visit;
  interaction: Interaction;
  reminder: Reminder | null;
}

/**
 * Marks the visit done, writes a `visit` entry on the customer's timeline (visit_id set) and,
 * when asked, a follow-up reminder (source 'visit') — in one transaction, so the timeline never
 * shows a visit that is not done nor a reminder without its visit.
 */
export async function completeVisit(
  deps: ServiceDeps,
  input: CompleteInput,
): Promise<VisitCompleted> {
  const now = isoNow(deps.clock);
  const interactionId = newId();
  const reminderId = input.followUp ? newId() : null;
  const closed = await deps.db.kysely.transaction().execute(async (trx) => {
    const visit = await findVisitRow(trx, input.id);
    if (!visit) throw visitNotFound(input.id);
    if (visit.status === 'cancelled') throw badTransition(input.id, 'cancelled');
    if (visit.status === 'done') throw badTransition(input.id, 'alreadyDone');
    if (visit.customer_deleted_at !== null) throw unknownCustomer([visit.customer_id]);
    // The visit happened when the user checked in; without a check-in, now.
    const occurredAt = visit.checked_in_at ?? now;
    await updateVisitRow(trx, input.id, {
      status: 'done',
      outcome: input.outcome,
      completed_at: now,
      checked_in_at: occurredAt,
      updated_at: now,
    });
    const closedReminders = await logInteractionIn(
      trx,
      {
        customerId: visit.customer_id,
        contactId: visit.contact_id,
        type: 'visit',
        occurredAt,
        summary: visit.purpose ?? input.outcome,
        outcome: input.outcome,
        nextStep: input.nextStep ?? null,
      },
      interactionId,
      now,
    );
    await updateInteractionRow(trx, interactionId, { visit_id: input.id });
    if (input.followUp && reminderId) {
      await insertReminder(trx, {
        id: reminderId,
        customer_id: visit.customer_id,
        deal_id: null,
        title: input.followUp.title,
        notes: input.nextStep ?? null,
        due_at: toUtc(input.followUp.dueAt),
        repeat: 'none',
        status: 'open',
        snoozed_until: null,
        completed_at: null,
        source: 'visit',
        priority: 'normal',
        rule_key: null,
        series_id: null,
        series_anchor: null,
        series_index: 0,
        notified_at: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      });
    }
    return closedReminders;
  });
  visitsChanged(deps);
  deps.emit('data.changed', { domain: 'interactions' });
  if (reminderId || closed > 0) deps.emit('data.changed', { domain: 'reminders' });
  const interaction = await findInteractionRow(deps.db.kysely, interactionId);
  if (!interaction) throw notFound('interaction', interactionId);
  const reminder = reminderId ? await findReminderRow(deps.db.kysely, reminderId) : undefined;
  return {
    visit: await loadVisit(deps, input.id),
    interaction: toInteraction(interaction),
    // Typed by the user in the visit dialog: no rule title to translate.
    reminder: reminder ? toReminder(reminder, null) : null,
  };
}
