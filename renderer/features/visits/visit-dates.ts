import {
  addDays,
  addMinutes,
  differenceInCalendarDays,
  format,
  isValid,
  parse,
  parseISO,
  startOfDay,
  startOfWeek,
} from 'date-fns';

// Visits are planned on the user's wall clock: a "day" is a local calendar day and the API's
// instants are converted at the edges (local midnight -> UTC ISO).

const DAY_KEY = 'yyyy-MM-dd';

/** Local calendar day of a date as `YYYY-MM-DD` (the route uses this in `/visits/day/:date`). */
export function dayKey(date: Date): string {
  return format(date, DAY_KEY);
}

/** `YYYY-MM-DD` -> local midnight, or null when it is not a real date. */
export function parseDayKey(key: string): Date | null {
  const date = parse(key, DAY_KEY, new Date());
  return isValid(date) ? date : null;
}

/** Weeks start on Monday, as Chinese calendars and most work weeks do. */
export function weekStart(date: Date): Date {
  return startOfWeek(date, { weekStartsOn: 1 });
}

export function weekDays(start: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** [from, to) instants covering local days `start` .. `start + days - 1`. */
export function dayRange(start: Date, days: number): { from: string; to: string } {
  const from = startOfDay(start);
  return { from: from.toISOString(), to: addDays(from, days).toISOString() };
}

export function parseInstant(iso: string): Date {
  return parseISO(iso);
}

/** The same wall-clock time moved by whole days and/or minutes, as an ISO instant. */
export function shiftInstant(iso: string, days: number, minutes: number): string {
  return addMinutes(addDays(parseISO(iso), days), minutes).toISOString();
}

/** Keeps the time of day of `iso` on another local day. */
export function onDay(iso: string, day: Date): string {
  const when = parseISO(iso);
  const moved = new Date(day);
  moved.setHours(when.getHours(), when.getMinutes(), 0, 0);
  return moved.toISOString();
}

/** Whole days between the visit's day and today; negative means the day has passed. */
export function daysFromToday(iso: string, now: Date): number {
  return differenceInCalendarDays(parseISO(iso), now);
}

export function timeOfDay(iso: string): string {
  return format(parseISO(iso), 'HH:mm');
}

/** `date` + `HH:mm` inputs (local) -> ISO instant, or null when either is missing or invalid. */
export function localInstant(date: string, time: string): string | null {
  const when = parse(`${date} ${time}`, 'yyyy-MM-dd HH:mm', new Date());
  return isValid(when) ? when.toISOString() : null;
}
