import type { Db } from '../../db/open-database';
import {
  countDue,
  findUnnotifiedDue,
  markNotified,
  nextUnnotifiedDue,
} from '../../db/repositories/reminders-schedule.repository';
import { countReminderViews } from '../../db/repositories/reminders.repository';
import type { Emit, EventPayload } from '../../shared/ipc/events';
import type { Clock } from '../services/clock';
import {
  effectiveTimeZone,
  readLanguage,
  readReminderRules,
} from '../services/reminders/reminder-settings';
import type { RuleRunResult } from '../services/reminders/rules/run-rules';
import { localDayBounds } from '../services/reminders/time-zone';
import { groupNotification, singleNotification, type DueCounts } from './notification-text';
import type { Notifier, TimerApi, TimerHandle } from './notifier';

export const HOUR_MS = 3_600_000;
// At a timer, a handful due at the same minute are shown one by one; more become one summary.
const MAX_SINGLE_AT_TIMER = 3;
// Timers are re-armed at least this often, so a clock change or a missed wake-up heals itself.
const MAX_TIMER_MS = HOUR_MS;

export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  timers: TimerApi;
  notifier: Notifier;
  /** Runs the automatic rules (in a worker in the app, in-process in tests). */
  runRules: () => Promise<RuleRunResult>;
  emit: Emit;
  log?: (message: string, error: unknown) => void;
}

export interface ReminderScheduler {
  /** Rules, catch-up announcement for what fell due while closed, badge, timers. */
  start: () => Promise<void>;
  /** The computer woke from sleep: rules again and a grouped catch-up. */
  wake: () => Promise<void>;
  /** Forwarded from `data.changed`: re-arm the timer and refresh the badge. */
  onDataChanged: (domain: EventPayload<'data.changed'>['domain']) => void;
  /** Rule settings changed: evaluate the rules again. */
  onRulesChanged: () => void;
  stop: () => Promise<void>;
  /** Resolves when queued work is done (tests await it after driving a timer). */
  idle: () => Promise<void>;
}

/**
 * The reminder scheduler, free of Electron. One timer is armed for the next due reminder (no
 * polling), one for the hourly rule run; every piece of work runs through a single queue, so
 * a timer, a wake-up and a data change never interleave their reads and writes.
 */
export function createReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  const { db, clock, timers, notifier } = deps;
  const log = deps.log ?? ((message, error) => console.error(`[kemai] ${message}`, error));
  let stopped = false;
  let started = false;
  let dueTimer: TimerHandle | null = null;
  let hourlyTimer: TimerHandle | null = null;
  let tail: Promise<void> = Promise.resolve();
  let refreshQueued = false;

  function enqueue(task: () => Promise<void>, what: string): Promise<void> {
    tail = tail.then(async () => {
      if (stopped) return;
      try {
        await task();
      } catch (error) {
        // One failed run must not stop future reminders (and a shutdown mid-run is no error).
        if (!stopped) log(`reminder scheduler: ${what} failed`, error);
      }
    });
    return tail;
  }

  async function runRules(): Promise<void> {
    const result = await deps.runRules();
    if (!stopped && result.created > 0) {
      deps.emit('data.changed', { domain: 'reminders' });
    }
  }

  async function dueCounts(): Promise<DueCounts> {
    const rules = await readReminderRules(db.kysely);
    const { start, end } = localDayBounds(clock.now(), effectiveTimeZone(rules));
    const counts = await countReminderViews(db.kysely, start.toISOString(), end.toISOString());
    return { overdue: counts.overdue, today: counts.today };
  }

  /** Announces what has fallen due and not been announced; grouped when `groupAbove` is passed. */
  async function announce(groupAbove: number): Promise<void> {
    const now = clock.now().toISOString();
    const due = await findUnnotifiedDue(db.kysely, now, Math.max(groupAbove, 5));
    if (due.total === 0) return;
    await markNotified(db.kysely, now);
    const counts = await dueCounts();
    const language = await readLanguage(db.kysely);
    if (due.total > groupAbove) {
      notifier.show(groupNotification(due.total, due.rows, counts, language));
      return;
    }
    for (const reminder of due.rows) notifier.show(singleNotification(reminder, counts, language));
  }

  async function refresh(): Promise<void> {
    refreshQueued = false;
    const now = clock.now();
    notifier.setBadge(await countDue(db.kysely, now.toISOString()));
    if (dueTimer !== null) timers.clearTimer(dueTimer);
    dueTimer = null;
    const next = await nextUnnotifiedDue(db.kysely);
    if (next === null || stopped) return;
    const delay = Math.min(Math.max(Date.parse(next) - now.getTime(), 0), MAX_TIMER_MS);
    dueTimer = timers.setTimer(() => {
      dueTimer = null;
      void enqueue(async () => {
        await announce(MAX_SINGLE_AT_TIMER);
        await refresh();
      }, 'announcing due reminders');
    }, delay);
  }

  function armHourly(): void {
    if (hourlyTimer !== null) timers.clearTimer(hourlyTimer);
    hourlyTimer = timers.setTimer(() => {
      hourlyTimer = null;
      armHourly();
      void enqueue(async () => {
        await runRules();
        await announce(MAX_SINGLE_AT_TIMER);
        await refresh();
      }, 'hourly rule run');
    }, HOUR_MS);
  }

  /** Rules first (they may create reminders already due), then one grouped catch-up. */
  function catchUp(what: string): Promise<void> {
    return enqueue(async () => {
      try {
        await runRules();
      } catch (error) {
        if (!stopped) log('reminder rules failed', error);
      }
      await announce(1);
      await refresh();
    }, what);
  }

  return {
    start: () => {
      if (started) return tail;
      started = true;
      armHourly();
      return catchUp('start');
    },
    wake: () => {
      if (!started || stopped) return tail;
      // Timers may have slept through their time; the hourly one starts counting again now.
      armHourly();
      return catchUp('wake from sleep');
    },
    onDataChanged: (domain) => {
      if (!started || stopped || refreshQueued) return;
      if (domain !== 'reminders' && domain !== 'customers' && domain !== 'interactions') return;
      refreshQueued = true;
      void enqueue(refresh, 'refresh after a change');
    },
    onRulesChanged: () => {
      if (!started || stopped) return;
      void enqueue(async () => {
        await runRules();
        await announce(MAX_SINGLE_AT_TIMER);
        await refresh();
      }, 'rule run after a settings change');
    },
    stop: async () => {
      stopped = true;
      if (dueTimer !== null) timers.clearTimer(dueTimer);
      if (hourlyTimer !== null) timers.clearTimer(hourlyTimer);
      dueTimer = null;
      hourlyTimer = null;
      await tail;
    },
    idle: () => tail,
  };
}
