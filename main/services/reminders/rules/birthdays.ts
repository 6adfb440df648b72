import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { ReminderRules } from '../../../../shared/domain/reminder';
import {
  insertBirthdayReminders,
  type BirthdayOccasion,
} from '../../../../db/repositories/reminders-rules.repository';
import { addCalendarDays, atLocalTime, toWallTime } from '../time-zone';
import type { RuleText } from './rule-text';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The birthday occasions inside the look-ahead window (today .. today + daysBefore, local):
 * a reminder on the day at the notify time, and one "coming up" reminder due today for each
 * birthday still ahead. 29 February birthdays are kept on 28 February in common years.
 */
export function birthdayOccasions(
  now: Date,
  settings: ReminderRules['birthdays'],
  notifyAt: string,
  timeZone: string,
  text: RuleText,
): BirthdayOccasion[] {
  const today = toWallTime(now, timeZone);
  const dueToday = atLocalTime(today, notifyAt, timeZone).toISOString();
  const occasions: BirthdayOccasion[] = [];
  for (let ahead = 0; ahead <= settings.daysBefore; ahead++) {
    const date = addCalendarDays(today, ahead);
    const monthDays = [`${pad(date.month)}-${pad(date.day)}`];
    if (date.month === 2 && date.day === 28 && !isLeapYear(date.year)) monthDays.push('02-29');
    const dateLabel = text.dateLabel(date.month, date.day);
    const onTheDay = atLocalTime(date, notifyAt, timeZone).toISOString();
    for (const monthDay of monthDays) {
      const when = { monthDay, year: date.year, month: date.month, day: date.day, dateLabel };
      occasions.push({ ...when, occasion: 'day', dueAt: onTheDay });
      if (ahead > 0) {
        occasions.push({ ...when, occasion: 'before', dueAt: dueToday });
      }
    }
  }
  return occasions;
}

export async function runBirthdayRule(
  db: Kysely<Database>,
  settings: ReminderRules['birthdays'],
  notifyAt: string,
  timeZone: string,
  now: Date,
  text: RuleText,
): Promise<number> {
  if (!settings.enabled) return 0;
  const occasions = birthdayOccasions(now, settings, notifyAt, timeZone, text);
  return db
    .transaction()
    .execute((trx) =>
      insertBirthdayReminders(
        trx,
        occasions,
        { customer: text.birthdayCustomer, contact: text.birthdayContact },
        now.toISOString(),
      ),
    );
}
