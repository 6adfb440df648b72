import type { ReminderRepeat } from '../../../shared/domain/reminder';
import { daysInMonth, fromWallTime, toWallTime, type WallTime } from './time-zone';

// A safety net: a daily reminder left open for years still finds its next date in microseconds,
// but nothing should loop without a bound.
const MAX_STEPS = 100_000;

/**
 * The `index`-th occurrence of a series whose first occurrence was `anchor`, computed on the
 * local calendar of `timeZone` so 09:00 stays 09:00 across DST changes. Counting from the
 * anchor (not from the previous occurrence) keeps a 31st-of-the-month series on the 31st after
 * it had to fall on the 30th or 28th/29th; a 29 February yearly series falls on 28 February
 * in common years.
 */
export function occurrenceAt(
  anchor: Date,
  repeat: Exclude<ReminderRepeat, 'none'>,
  index: number,
  timeZone: string,
): Date {
  const w = toWallTime(anchor, timeZone);
  let next: WallTime;
  switch (repeat) {
    case 'daily':
    case 'weekly': {
      const days = repeat === 'daily' ? index : index * 7;
      const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
      next = { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      break;
    }
    case 'monthly':
    case 'yearly': {
      const months = repeat === 'monthly' ? index : index * 12;
      const total = w.year * 12 + (w.month - 1) + months;
      const year = Math.floor(total / 12);
      const month = (total % 12) + 1;
      next = { ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) };
      break;
    }
  }
  return fromWallTime(next, timeZone);
}

export interface NextOccurrence {
  dueAt: Date;
  index: number;
}

/**
 * The next occurrence after the current one (index `currentIndex`) that is also after `now`:
 * completing a daily reminder a week late schedules tomorrow's, not six overdue ones.
 */
export function nextOccurrence(
  anchor: Date,
  repeat: Exclude<ReminderRepeat, 'none'>,
  currentIndex: number,
  now: Date,
  timeZone: string,
): NextOccurrence {
  let index = currentIndex + 1;
  let dueAt = occurrenceAt(anchor, repeat, index, timeZone);
  for (let step = 0; dueAt.getTime() <= now.getTime() && step < MAX_STEPS; step++) {
    index++;
    dueAt = occurrenceAt(anchor, repeat, index, timeZone);
  }
  return { dueAt, index };
}
