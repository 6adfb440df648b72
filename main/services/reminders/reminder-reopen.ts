import type { Reminder } from '../../../shared/domain/reminder';
import {
  deleteUntouchedNextOccurrence,
  findReminderRow,
  reopenReminderRow,
} from '../../../db/repositories/reminders.repository';
import { findInteractionRow } from '../../../db/repositories/interactions.repository';
import { isoNow } from '../clock';
import { removeInteractionIn } from '../interactions.service';
import type { ServiceDeps } from '../service-deps';
import { alreadyOpen, reminderNotFound } from './reminder-errors';
import { loadReminder } from './reminders.service';

/**
 * Undoes a complete or dismiss: the reminder is open again, the next occurrence the completion
 * created goes (unless the user already changed it), and so does the interaction it logged
 * when the caller names it, all in one transaction.
 */
export async function reopenReminder(
  deps: ServiceDeps,
  input: { id: string; interactionId?: string | undefined },
): Promise<Reminder> {
  const now = isoNow(deps.clock);
  let interactionRemoved = false;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findReminderRow(trx, input.id);
    if (!current) throw reminderNotFound(input.id);
    if (current.status === 'open') throw alreadyOpen(input.id);
    if (current.repeat !== 'none') await deleteUntouchedNextOccurrence(trx, current);
    if (input.interactionId !== undefined) {
      const logged = await findInteractionRow(trx, input.interactionId);
      // Only the entry this completion wrote: same customer, written at the same moment.
      if (
        logged &&
        logged.deleted_at === null &&
        logged.customer_id === current.customer_id &&
        logged.created_at === current.completed_at
      ) {
        await removeInteractionIn(trx, logged, now);
        interactionRemoved = true;
      }
    }
    await reopenReminderRow(trx, input.id, now);
  });
  deps.emit('data.changed', { domain: 'reminders' });
  if (interactionRemoved) deps.emit('data.changed', { domain: 'interactions' });
  return loadReminder(deps, input.id);
}
