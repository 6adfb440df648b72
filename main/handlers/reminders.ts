import type { Handlers } from '../../shared/ipc/contract';
import {
  completeReminder,
  createReminder,
  dismissReminder,
  listReminders,
  reminderCounts,
  removeReminder,
  snoozeReminder,
  updateReminder,
} from '../services/reminders/reminders.service';
import { reopenReminder } from '../services/reminders/reminder-reopen';
import { getReminderRules, updateReminderRules } from '../services/reminders/rules.service';
import type { HandlerContext } from './handler-context';

type ReminderChannels =
  | 'reminders.list'
  | 'reminders.counts'
  | 'reminders.create'
  | 'reminders.update'
  | 'reminders.complete'
  | 'reminders.snooze'
  | 'reminders.dismiss'
  | 'reminders.reopen'
  | 'reminders.remove'
  | 'reminders.getRules'
  | 'reminders.updateRules';

export function reminderHandlers(ctx: HandlerContext): Pick<Handlers, ReminderChannels> {
  return {
    'reminders.list': (input) => listReminders(ctx, input),
    'reminders.counts': () => reminderCounts(ctx),
    'reminders.create': (input) => createReminder(ctx, input),
    'reminders.update': ({ id, patch }) => updateReminder(ctx, id, patch),
    'reminders.complete': (input) => completeReminder(ctx, input),
    'reminders.snooze': ({ id, until }) => snoozeReminder(ctx, id, until),
    'reminders.dismiss': ({ id }) => dismissReminder(ctx, id),
    'reminders.reopen': (input) => reopenReminder(ctx, input),
    'reminders.remove': ({ id }) => removeReminder(ctx, id),
    'reminders.getRules': () => getReminderRules(ctx),
    'reminders.updateRules': (patch) => updateReminderRules(ctx, patch),
  };
}
