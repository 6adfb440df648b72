import type { Language } from '../../shared/domain/enums';
import type { DueReminder } from '../../db/repositories/reminders-schedule.repository';
import type { ReminderNotification } from './notifier';
import { displayTitle } from '../services/reminders/rules/rule-text';

// OS notifications are drawn by the system, not the renderer, so their text is composed here
// in the user's language (zh-CN unless they chose English).

export interface DueCounts {
  overdue: number;
  today: number;
}

export function singleNotification(
  reminder: DueReminder,
  counts: DueCounts,
  language: Language | null,
): ReminderNotification {
  return {
    kind: 'single',
    count: 1,
    reminderId: reminder.id,
    customerId: reminder.customer_id,
    customerName: reminder.customer_name,
    title: displayTitle(reminder, language),
    body:
      language === 'en'
        ? `Follow-up reminder · ${reminder.customer_name}`
        : `跟进提醒 · ${reminder.customer_name}`,
    counts,
  };
}

export function groupNotification(
  total: number,
  sample: readonly DueReminder[],
  counts: DueCounts,
  language: Language | null,
): ReminderNotification {
  const names = [...new Set(sample.map((r) => r.customer_name))].slice(0, 3);
  const en = language === 'en';
  const title = en ? `${total} reminders are due` : `你有 ${total} 条提醒已到期`;
  const summary = en
    ? `${counts.overdue} overdue, ${counts.today} today`
    : `逾期 ${counts.overdue} 条，今天 ${counts.today} 条`;
  const who = names.length > 0 ? (en ? ` · ${names.join(', ')}…` : ` · ${names.join('、')}等`) : '';
  return {
    kind: 'group',
    count: total,
    reminderId: null,
    customerId: null,
    customerName: null,
    title,
    body: summary + who,
    counts,
  };
}
