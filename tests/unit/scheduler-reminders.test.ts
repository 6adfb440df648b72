import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer';
import type { ReminderSaved } from '../../shared/domain/reminder';
import type { Notifier, ReminderNotification, TimerApi } from '../../main/scheduler/notifier';
import {
  createReminderScheduler,
  HOUR_MS,
  type ReminderScheduler,
} from '../../main/scheduler/scheduler';
import { defaultWorkerFile, forwardToScheduler } from '../../main/scheduler/setup';
import { createRulesRunner } from '../../main/scheduler/rules-runner';
import { runReminderRules } from '../../main/services/reminders/rules/run-rules';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

const MIN = 60_000;

/** Timers the test fires by hand: no sleeps, no real time. */
function manualTimers() {
  let nextId = 1;
  const pending = new Map<number, { callback: () => void; ms: number }>();
  const api: TimerApi = {
    setTimer: (callback, ms) => {
      const id = nextId++;
      pending.set(id, { callback, ms });
      return id;
    },
    clearTimer: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    api,
    delays: () => [...pending.values()].map((t) => t.ms).sort((a, b) => a - b),
    /** Fires the pending timer with the given delay (the due timer or the hourly one). */
    fire: (ms: number) => {
      const entry = [...pending.entries()].find(([, t]) => t.ms === ms);
      if (!entry)
        throw new Error(
          `no timer with delay ${ms}; pending ${JSON.stringify([...pending.values()].map((t) => t.ms))}`,
        );
      pending.delete(entry[0]);
      entry[1].callback();
    },
  };
}

let ctx: TestContext;
let customer: Customer;
let timers: ReturnType<typeof manualTimers>;
let shown: ReminderNotification[];
let badges: number[];
let ruleRuns: number;
let scheduler: ReminderScheduler;

function newScheduler(): ReminderScheduler {
  const notifier: Notifier = {
    show: (n) => shown.push(n),
    setBadge: (count) => badges.push(count),
  };
  return createReminderScheduler({
    db: ctx.db,
    clock: ctx.clock,
    timers: timers.api,
    notifier,
    runRules: () => {
      ruleRuns++;
      return runReminderRules(ctx.db, ctx.clock.now());
    },
    emit: ctx.emit,
    log: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });
}

const remind = async (title: string, dueAt: string): Promise<string> =>
  (
    await call<ReminderSaved>(ctx, 'reminders.create', {
      customerId: customer.id,
      title,
      dueAt,
    })
  ).reminder.id;

beforeEach(async () => {
  ctx = await createTestDb(); // clock: 2026-03-15T08:00Z
  await call(ctx, 'reminders.updateRules', {
    timeZone: 'Asia/Shanghai',
    noContact: { enabled: false },
    birthdays: { enabled: false },
    visitFollowUp: { enabled: false },
  });
  customer = await call<Customer>(ctx, 'customers.create', { name: '张伟' });
  timers = manualTimers();
  shown = [];
  badges = [];
  ruleRuns = 0;
  scheduler = newScheduler();
});
afterEach(async () => {
  await scheduler.stop();
  await ctx.db.close();
});

describe('starting', () => {
  it('runs the rules, groups what fell due while closed into one notification, and arms one timer', async () => {
    for (let i = 0; i < 12; i++) await remind(`逾期 ${i}`, '2026-03-14T01:00:00.000Z');
    await remind('稍后', '2026-03-15T08:30:00.000Z');
    await scheduler.start();
    expect(ruleRuns).toBe(1);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      kind: 'group',
      count: 12,
      title: '你有 12 条提醒已到期',
      counts: { overdue: 12, today: 1 },
      customerId: null,
    });
    expect(badges.at(-1)).toBe(12);
    // One timer for the next due reminder (30 min), one for the hourly rule run.
    expect(timers.delays()).toEqual([30 * MIN, HOUR_MS]);
  });

  it('announces a single missed reminder on its own, with the customer to open', async () => {
    const id = await remind('回访报价', '2026-03-15T07:00:00.000Z');
    await scheduler.start();
    expect(shown).toEqual([
      expect.objectContaining({
        kind: 'single',
        reminderId: id,
        customerId: customer.id,
        customerName: '张伟',
        title: '回访报价',
      }),
    ]);
  });

  it('never announces the same reminder twice, even after a restart', async () => {
    await remind('回访报价', '2026-03-15T07:00:00.000Z');
    await scheduler.start();
    await scheduler.stop();
    scheduler = newScheduler();
    await scheduler.start();
    expect(shown).toHaveLength(1);
  });
});

describe('at the due time', () => {
  it('fires at the reminder’s time, then re-arms for the next one', async () => {
    await remind('第一', '2026-03-15T08:10:00.000Z');
    await remind('第二', '2026-03-15T08:25:00.000Z');
    await scheduler.start();
    expect(shown).toEqual([]);
    expect(timers.delays()).toEqual([10 * MIN, HOUR_MS]);
    ctx.clock.advance(10 * MIN);
    timers.fire(10 * MIN);
    await scheduler.idle();
    expect(shown.map((n) => [n.kind, n.title])).toEqual([['single', '第一']]);
    expect(badges.at(-1)).toBe(1);
    expect(timers.delays()).toEqual([15 * MIN, HOUR_MS]);
  });

  it('re-arms when reminders change (data.changed), and after a snooze announces again', async () => {
    await scheduler.start();
    expect(timers.delays()).toEqual([HOUR_MS]);
    const id = await remind('新提醒', '2026-03-15T08:05:00.000Z');
    const changed = ctx.events.filter((e) => e.event === 'data.changed').at(-1);
    expect(changed).toEqual({ event: 'data.changed', payload: { domain: 'reminders' } });
    forwardToScheduler(scheduler, 'data.changed', { domain: 'reminders' });
    await scheduler.idle();
    expect(timers.delays()).toEqual([5 * MIN, HOUR_MS]);
    ctx.clock.advance(5 * MIN);
    timers.fire(5 * MIN);
    await scheduler.idle();
    await call(ctx, 'reminders.snooze', { id, until: '2026-03-15T08:20:00.000Z' });
    scheduler.onDataChanged('reminders');
    await scheduler.idle();
    expect(timers.delays()).toEqual([15 * MIN, HOUR_MS]);
    ctx.clock.advance(15 * MIN);
    timers.fire(15 * MIN);
    await scheduler.idle();
    expect(shown.map((n) => n.title)).toEqual(['新提醒', '新提醒']);
  });

  it('caps a far-away timer at an hour, so it re-arms and self-corrects', async () => {
    await remind('下周', '2026-03-22T01:00:00.000Z');
    await scheduler.start();
    expect(timers.delays()).toEqual([HOUR_MS, HOUR_MS]);
  });
});

describe('hourly rules and waking from sleep', () => {
  it('runs the rules every hour and announces what they create', async () => {
    await scheduler.start();
    await call(ctx, 'reminders.updateRules', { noContact: { enabled: true } });
    ctx.db.raw
      .prepare('UPDATE customers SET created_at = ?, tier = ?')
      .run('2026-01-01T00:00:00.000Z', 'vip');
    ctx.clock.advance(HOUR_MS);
    timers.fire(HOUR_MS);
    await scheduler.idle();
    expect(ruleRuns).toBe(2);
    expect(shown.map((n) => n.title)).toEqual(['跟进：张伟（已超过 14 天未联系）']);
    expect(ctx.events).toContainEqual({ event: 'data.changed', payload: { domain: 'reminders' } });
    expect(timers.delays()).toContain(HOUR_MS);
  });

  it('catches up after sleep with one grouped notification', async () => {
    await remind('一', '2026-03-15T09:00:00.000Z');
    await remind('二', '2026-03-15T10:00:00.000Z');
    await scheduler.start();
    ctx.clock.set('2026-03-15T12:00:00.000Z'); // the lid was closed; no timer fired
    await scheduler.wake();
    expect(ruleRuns).toBe(2);
    expect(shown).toEqual([expect.objectContaining({ kind: 'group', count: 2 })]);
    expect(badges.at(-1)).toBe(2);
  });

  it('stops: no timers left, later changes are ignored', async () => {
    await remind('一', '2026-03-15T09:00:00.000Z');
    await scheduler.start();
    await scheduler.stop();
    expect(timers.delays()).toEqual([]);
    scheduler.onDataChanged('reminders');
    await scheduler.idle();
    expect(timers.delays()).toEqual([]);
  });

  it('runs the rules again when their settings change', async () => {
    await scheduler.start();
    forwardToScheduler(scheduler, 'reminder.rulesChanged', {});
    await scheduler.idle();
    expect(ruleRuns).toBe(2);
  });
});

describe('the rules runner', () => {
  it('falls back to the same rules in-process for an in-memory database or a missing worker', async () => {
    const runner = createRulesRunner(ctx.db, ctx.clock, '/nowhere/rules-worker.cjs');
    await call(ctx, 'reminders.updateRules', { noContact: { enabled: true } });
    ctx.db.raw
      .prepare('UPDATE customers SET created_at = ?, tier = ?')
      .run('2026-01-01T00:00:00.000Z', 'vip');
    expect((await runner.run()).created).toBe(1);
    await runner.close();
  });

  it('finds the worker beside the main bundle, also from the bridge bundle', () => {
    expect(defaultWorkerFile('/app/out/main').replaceAll('\\', '/')).toBe(
      '/app/out/main/rules-worker.cjs',
    );
    expect(defaultWorkerFile('/app/out/bridge').replaceAll('\\', '/')).toBe(
      '/app/out/main/rules-worker.cjs',
    );
  });
});
