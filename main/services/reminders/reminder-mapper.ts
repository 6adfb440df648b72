import type { ReminderWithCustomer } from '../../../db/repositories/reminders.repository';
import type { Language } from '../../../shared/domain/enums';
import type { Reminder } from '../../../shared/domain/reminder';
import { displayTitle } from './rules/rule-text';

/** `language` is the user's, for titles the rules made; typed titles are shown as stored. */
export function toReminder(row: ReminderWithCustomer, language: Language | null): Reminder {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    dealId: row.deal_id,
    title: displayTitle(row, language),
    notes: row.notes,
    dueAt: row.due_at,
    effectiveDueAt: row.snoozed_until ?? row.due_at,
    repeat: row.repeat,
    status: row.status,
    snoozedUntil: row.snoozed_until,
    completedAt: row.completed_at,
    source: row.source,
    priority: row.priority,
    seriesId: row.series_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
