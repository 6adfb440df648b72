import { describe, expect, it } from 'vitest';
import { nextOccurrence, occurrenceAt } from '../../main/services/reminders/recurrence';
import { fromWallTime, localDayBounds, toWallTime } from '../../main/services/reminders/time-zone';

// Every case names its zone explicitly, so the results do not depend on the machine's TZ.
const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

const at = (iso: string): Date => new Date(iso);
const series = (
  anchor: string,
  repeat: 'daily' | 'weekly' | 'monthly' | 'yearly',
  n: number,
  tz: string,
): string[] =>
  Array.from({ length: n }, (_, i) => occurrenceAt(at(anchor), repeat, i + 1, tz).toISOString());

describe('time zone helpers', () => {
  it('map instants to wall time and back in a fixed zone', () => {
    expect(toWallTime(at('2026-03-15T16:30:00.000Z'), SH)).toMatchObject({
      year: 2026,
      month: 3,
      day: 16,
      hour: 0,
      minute: 30,
    });
    const wall = { year: 2026, month: 3, day: 16, hour: 0, minute: 30, second: 0, millisecond: 0 };
    expect(fromWallTime(wall, SH).toISOString()).toBe('2026-03-15T16:30:00.000Z');
  });

  it('gives a 23-hour spring day and a 25-hour autumn day in New York', () => {
    const spring = localDayBounds(at('2026-03-08T15:00:00.000Z'), NY);
    expect(spring.start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-09T04:00:00.000Z');
    const autumn = localDayBounds(at('2026-11-01T15:00:00.000Z'), NY);
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });

  it('moves a wall time inside the spring-forward gap past the gap, and takes the first of a repeated hour', () => {
    const gap = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 };
    expect(fromWallTime(gap, BERLIN).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    const repeated = {
      year: 2026,
      month: 10,
      day: 25,
      hour: 2,
      minute: 30,
      second: 0,
      millisecond: 0,
    };
    expect(fromWallTime(repeated, BERLIN).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // CEST
  });
});

describe('recurrence', () => {
  it('daily and weekly keep the local time of day (Shanghai has no DST)', () => {
    expect(series('2026-02-27T01:00:00.000Z', 'daily', 3, SH)).toEqual([
      '2026-02-28T01:00:00.000Z',
      '2026-03-01T01:00:00.000Z',
      '2026-03-02T01:00:00.000Z',
    ]);
    expect(series('2026-12-28T01:00:00.000Z', 'weekly', 1, SH)).toEqual([
      '2027-01-04T01:00:00.000Z',
    ]);
  });

  it('monthly on the 31st falls on the last day of shorter months and returns to the 31st', () => {
    // 09:00 Shanghai on 31 January 2026.
    expect(series('2026-01-31T01:00:00.000Z', 'monthly', 4, SH)).toEqual([
      '2026-02-28T01:00:00.000Z',
      '2026-03-31T01:00:00.000Z',
      '2026-04-30T01:00:00.000Z',
      '2026-05-31T01:00:00.000Z',
    ]);
    // A leap year's February has 29 days.
    expect(occurrenceAt(at('2028-01-31T01:00:00.000Z'), 'monthly', 1, SH).toISOString()).toBe(
      '2028-02-29T01:00:00.000Z',
    );
  });

  it('yearly on 29 February falls on 28 February in common years and on the 29th in leap years', () => {
    expect(series('2024-02-29T01:00:00.000Z', 'yearly', 4, SH)).toEqual([
      '2025-02-28T01:00:00.000Z',
      '2026-02-28T01:00:00.000Z',
      '2027-02-28T01:00:00.000Z',
      '2028-02-29T01:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local across DST changes in New York', () => {
    // 09:00 EST on Saturday 7 March = 14:00Z; after the change 09:00 EDT = 13:00Z.
    expect(series('2026-03-07T14:00:00.000Z', 'daily', 2, NY)).toEqual([
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
    expect(occurrenceAt(at('2026-10-31T13:00:00.000Z'), 'weekly', 1, NY).toISOString()).toBe(
      '2026-11-07T14:00:00.000Z',
    );
    // Monthly from 31 January across the month end and the change.
    expect(series('2026-01-31T14:00:00.000Z', 'monthly', 2, NY)).toEqual([
      '2026-02-28T14:00:00.000Z',
      '2026-03-31T13:00:00.000Z',
    ]);
  });

  it('the next occurrence after a late completion is the first one still ahead', () => {
    const next = nextOccurrence(
      at('2026-03-01T01:00:00.000Z'),
      'daily',
      0,
      at('2026-03-10T05:00:00.000Z'),
      SH,
    );
    expect(next).toEqual({ dueAt: at('2026-03-11T01:00:00.000Z'), index: 10 });
    const onTime = nextOccurrence(
      at('2026-01-31T01:00:00.000Z'),
      'monthly',
      0,
      at('2026-01-31T02:00:00.000Z'),
      SH,
    );
    expect(onTime).toEqual({ dueAt: at('2026-02-28T01:00:00.000Z'), index: 1 });
  });
});
