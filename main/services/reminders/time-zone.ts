// Wall-clock arithmetic in an explicit IANA zone, independent of the process's TZ. date-fns 4
// without @date-fns/tz computes in the process zone, which would make results depend on where
// the tests (or the app) run, so calendar fields are handled here with Date.UTC and Intl.

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The computer's zone (what "today" means when the user has not picked one). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall-clock fields an instant shows in a zone. */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
    millisecond: instant.getUTCMilliseconds(),
  };
}

function wallAsUtcMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Zone offset (ms east of UTC) in effect at an instant. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  return wallAsUtcMs(toWallTime(new Date(instantMs), timeZone)) - instantMs;
}

/**
 * The instant a wall-clock time names in a zone. A time skipped by a spring-forward change
 * (02:30 on the change day) moves forward by the gap; a repeated autumn time takes the first.
 */
export function fromWallTime(w: WallTime, timeZone: string): Date {
  const guess = wallAsUtcMs(w);
  const before = zoneOffsetMs(guess - 86_400_000, timeZone);
  const after = zoneOffsetMs(guess + 86_400_000, timeZone);
  // Try the earlier offset first so an ambiguous time resolves to its first occurrence.
  const first = before >= after ? before : after;
  const second = first === before ? after : before;
  for (const offset of [first, second]) {
    const candidate = guess - offset;
    if (wallAsUtcMs(toWallTime(new Date(candidate), timeZone)) === guess)
      return new Date(candidate);
  }
  // In a gap: no instant shows this wall time; the pre-change offset lands after the gap.
  return new Date(guess - before);
}

/** Calendar date arithmetic on wall fields (days may be out of range; Date.UTC normalises). */
export function addCalendarDays(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Local midnight starting the day that contains `instant`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  const w = toWallTime(instant, timeZone);
  return fromWallTime({ ...w, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** Today's boundaries in the zone: [start, end). A DST day is 23 or 25 hours long. */
export function localDayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const w = toWallTime(instant, timeZone);
  const midnight = { ...w, hour: 0, minute: 0, second: 0, millisecond: 0 };
  return {
    start: fromWallTime(midnight, timeZone),
    end: fromWallTime(addCalendarDays(midnight, 1), timeZone),
  };
}

/** YYYY-MM-DD of a wall time. */
export function isoDate(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant of `HH:MM` local time on a calendar date in the zone. */
export function atLocalTime(
  date: Pick<WallTime, 'year' | 'month' | 'day'>,
  hhmm: string,
  timeZone: string,
): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return fromWallTime(
    { ...date, hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 },
    timeZone,
  );
}
