import type { ReminderWithCustomer } from '../../../db/repositories/reminders.repository';
import type { Reminder } from '../../../shared/domain/reminder';

export function toReminder(row: ReminderWithCustomer): Reminder {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    dealId: row.deal_id,
    title: row.title,
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
