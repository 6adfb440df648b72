import {
  addDays,
  addHours,
  addMonths,
  format,
  isValid,
  nextMonday,
  setHours,
  startOfDay,
  startOfMinute,
} from 'date-fns';

// Every shortcut is computed in the computer's local time: "tomorrow 09:00" means the user's
// morning, and the instant sent to the API is its UTC equivalent.

export const MORNING_HOUR = 9;
export const EVENING_HOUR = 18;

export const DUE_SHORTCUTS = [
  'todayEvening',
  'tomorrow',
  'nextMonday',
  'inAWeek',
  'inAMonth',
] as const;
export type DueShortcut = (typeof DUE_SHORTCUTS)[number];

export const SNOOZE_OPTIONS = ['oneHour', 'tomorrow', 'nextWeek'] as const;
export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number];

function at(day: Date, hour: number): Date {
  return setHours(startOfDay(day), hour);
}

/** The local time a quick-add shortcut stands for, seen from `now`. */
export function resolveShortcut(shortcut: DueShortcut, now: Date): Date {
  switch (shortcut) {
    case 'todayEvening': {
      // Once the evening has started, "this evening" would already be overdue: use tomorrow's.
      const evening = at(now, EVENING_HOUR);
      return evening.getTime() > now.getTime() ? evening : addDays(evening, 1);
    }
    case 'tomorrow':
      return at(addDays(now, 1), MORNING_HOUR);
    case 'nextMonday':
      return at(nextMonday(now), MORNING_HOUR);
    case 'inAWeek':
      return at(addDays(now, 7), MORNING_HOUR);
    case 'inAMonth':
      return at(addMonths(now, 1), MORNING_HOUR);
  }
}

/** The local time a snooze choice pushes a reminder to. */
export function resolveSnooze(option: SnoozeOption, now: Date): Date {
  switch (option) {
    case 'oneHour':
      return startOfMinute(addHours(now, 1));
    case 'tomorrow':
      return at(addDays(now, 1), MORNING_HOUR);
    case 'nextWeek':
      return at(nextMonday(now), MORNING_HOUR);
  }
}

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** The value a `<input type="datetime-local">` shows for a Date (local wall-clock time). */
export function toLocalInput(date: Date): string {
  return format(date, LOCAL_INPUT);
}

/** `datetime-local` value -> Date, or null when empty or not a real time. */
export function fromLocalInput(value: string): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return isValid(date) ? date : null;
}

/** `datetime-local` value -> UTC ISO instant for the API; '' when it cannot be read. */
export function localInputToInstant(value: string): string {
  return fromLocalInput(value)?.toISOString() ?? '';
}

/** A sensible default for a new reminder: tomorrow morning. */
export function defaultDue(now: Date): Date {
  return resolveShortcut('tomorrow', now);
}
