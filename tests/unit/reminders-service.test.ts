import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer';
import type { Interaction } from '../../shared/domain/interaction';
import type {
  Reminder,
  ReminderCounts,
  ReminderListOutput,
  ReminderSaved,
} from '../../shared/domain/reminder';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

// The fixed clock is 2026-03-15T08:00Z = 16:00 in Shanghai; "today" there is
// [2026-03-14T16:00Z, 2026-03-15T16:00Z).
let ctx: TestContext;
let customer: Customer;
beforeEach(async () => {
  ctx = await createTestDb();
  await call(ctx, 'reminders.updateRules', { timeZone: 'Asia/Shanghai' });
  customer = await call<Customer>(ctx, 'customers.create', { name: '张伟', kind: 'person' });
});
afterEach(async () => {
  await ctx.db.close();
});

const create = (input: Record<string, unknown>): Promise<ReminderSaved> =>
  call<ReminderSaved>(ctx, 'reminders.create', {
    customerId: customer.id,
    title: '回访',
    ...input,
  });
const list = (view: string, extra: Record<string, unknown> = {}): Promise<ReminderListOutput> =>
  call<ReminderListOutput>(ctx, 'reminders.list', { view, ...extra });
const rowCount = (): unknown => ctx.db.raw.prepare('SELECT count(*) FROM reminders').pluck().get();

describe('creating reminders', () => {
  it('stores UTC, defaults, and carries the customer name', async () => {
    const saved = await create({ dueAt: '2026-03-16T09:00:00+08:00' });
    expect(saved.warnings).toEqual([]);
    expect(saved.reminder).toMatchObject({
      customerName: '张伟',
      dueAt: '2026-03-16T01:00:00.000Z',
      effectiveDueAt: '2026-03-16T01:00:00.000Z',
      repeat: 'none',
      status: 'open',
      source: 'manual',
      priority: 'normal',
    });
    expect(ctx.events).toContainEqual({ event: 'data.changed', payload: { domain: 'reminders' } });
  });

  it('allows a due time in the past but flags it', async () => {
    const saved = await create({ dueAt: '2026-03-01T01:00:00.000Z' });
    expect(saved.warnings).toEqual([{ path: ['dueAt'], message: 'validation.dueInPast' }]);
    expect(rowCount()).toBe(1);
  });

  it.each([
    [{ dueAt: '2026-03-16T01:00:00Z', repeat: 'hourly' }, ['repeat'], 'validation.repeat'],
    [{ dueAt: 'tomorrow' }, ['dueAt'], 'validation.instant'],
    [{ dueAt: '2026-03-16T01:00:00Z', title: ' ' }, ['title'], 'validation.required'],
  ])('rejects %j with a field message and writes nothing', async (input, path, message) => {
    const result = await ctx.dispatch('reminders.create', {
      customerId: customer.id,
      title: '回访',
      ...input,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toContainEqual({ path, message });
    expect(rowCount()).toBe(0);
  });

  it('rejects an unknown or deleted customer with a clear message', async () => {
    const unknown = await ctx.dispatch('reminders.create', {
      customerId: 'nope',
      title: 'x',
      dueAt: '2026-03-16T01:00:00Z',
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'errors.reminders.unknownCustomer' },
    });
    await call(ctx, 'customers.remove', { id: customer.id });
    const deleted = await ctx.dispatch('reminders.create', {
      customerId: customer.id,
      title: 'x',
      dueAt: '2026-03-16T01:00:00Z',
    });
    expect(deleted.ok).toBe(false);
    expect(rowCount()).toBe(0);
  });
});

describe('views and counts in the user’s time zone', () => {
  beforeEach(async () => {
    await create({ title: 'overdue', dueAt: '2026-03-14T15:59:00.000Z' }); // 23:59 yesterday
    await create({ title: 'today-early', dueAt: '2026-03-14T16:00:00.000Z' }); // 00:00 today
    await create({ title: 'today-late', dueAt: '2026-03-15T15:59:00.000Z' }); // 23:59 today
    await create({ title: 'upcoming', dueAt: '2026-03-15T16:00:00.000Z' }); // 00:00 tomorrow
  });

  it('puts each reminder in exactly one view, by local day', async () => {
    const titles = async (view: string): Promise<string[]> =>
      (await list(view)).items.map((r) => r.title);
    expect(await titles('overdue')).toEqual(['overdue']);
    expect(await titles('today')).toEqual(['today-early', 'today-late']);
    expect(await titles('upcoming')).toEqual(['upcoming']);
    expect(await call<ReminderCounts>(ctx, 'reminders.counts')).toEqual({
      overdue: 1,
      today: 2,
      upcoming: 1,
    });
  });

  it('moves a snoozed reminder by its snooze time and rejects a snooze into the past', async () => {
    const [early] = (await list('today')).items;
    if (!early) throw new Error('missing');
    const bad = await ctx.dispatch('reminders.snooze', {
      id: early.id,
      until: '2026-03-15T07:00:00.000Z',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'errors.reminders.snoozeInPast',
        issues: [{ path: ['until'], message: 'validation.snoozeInPast' }],
      },
    });
    const snoozed = await call<Reminder>(ctx, 'reminders.snooze', {
      id: early.id,
      until: '2026-03-16T01:00:00.000Z',
    });
    expect(snoozed.effectiveDueAt).toBe('2026-03-16T01:00:00.000Z');
    expect((await list('upcoming')).items.map((r) => r.title)).toEqual(['upcoming', 'today-early']);
  });

  it('pages with a keyset cursor and filters by customer', async () => {
    const first = await list('today', { limit: 1 });
    expect(first.items.map((r) => r.title)).toEqual(['today-early']);
    const second = await list('today', { limit: 1, cursor: first.nextCursor });
    expect(second.items.map((r) => r.title)).toEqual(['today-late']);
    expect(second.nextCursor).toBeNull();
    const other = await call<Customer>(ctx, 'customers.create', { name: '王芳' });
    expect((await list('today', { customerId: other.id })).items).toEqual([]);
  });

  it('lists done and dismissed reminders newest first; removed ones vanish', async () => {
    const [overdue] = (await list('overdue')).items;
    const [upcoming] = (await list('upcoming')).items;
    if (!overdue || !upcoming) throw new Error('missing');
    await call(ctx, 'reminders.complete', { id: overdue.id });
    ctx.clock.advance(60_000);
    await call(ctx, 'reminders.dismiss', { id: upcoming.id });
    expect((await list('done')).items.map((r) => [r.title, r.status])).toEqual([
      ['upcoming', 'dismissed'],
      ['overdue', 'done'],
    ]);
    await call(ctx, 'reminders.remove', { id: overdue.id });
    expect((await list('done')).items.map((r) => r.title)).toEqual(['upcoming']);
  });
});

describe('completing', () => {
  it('logs an interaction on the customer’s timeline in the same step', async () => {
    const { reminder } = await create({ dueAt: '2026-03-15T02:00:00.000Z' });
    const done = await call<{ reminder: Reminder; interaction: Interaction | null }>(
      ctx,
      'reminders.complete',
      { id: reminder.id, note: '电话沟通，客户同意下周报价', logInteraction: true },
    );
    expect(done.reminder).toMatchObject({
      status: 'done',
      completedAt: '2026-03-15T08:00:00.000Z',
    });
    expect(done.interaction).toMatchObject({
      type: 'note',
      summary: '电话沟通，客户同意下周报价',
      occurredAt: '2026-03-15T08:00:00.000Z',
    });
    const c = await call<{ customer: Customer }>(ctx, 'customers.get', { id: customer.id });
    expect(c.customer.lastContactAt).toBe('2026-03-15T08:00:00.000Z');
  });

  it('creates the next occurrence of a recurring reminder once, never twice', async () => {
    const { reminder } = await create({ dueAt: '2026-01-31T01:00:00.000Z', repeat: 'monthly' });
    ctx.clock.set('2026-01-31T02:00:00.000Z');
    const first = await call<{ next: Reminder | null }>(ctx, 'reminders.complete', {
      id: reminder.id,
    });
    expect(first.next).toMatchObject({ dueAt: '2026-02-28T01:00:00.000Z', repeat: 'monthly' });
    const again = await ctx.dispatch('reminders.complete', { id: reminder.id });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.reminders.notOpen' },
    });
    expect(rowCount()).toBe(2);
    // The series keeps its anchor: after February's 28th comes March's 31st.
    ctx.clock.set('2026-02-28T02:00:00.000Z');
    const second = await call<{ next: Reminder | null }>(ctx, 'reminders.complete', {
      id: first.next?.id,
    });
    expect(second.next?.dueAt).toBe('2026-03-31T01:00:00.000Z');
  });

  it('rolls back everything when the interaction cannot be written', async () => {
    const { reminder } = await create({ dueAt: '2026-03-15T02:00:00.000Z', repeat: 'daily' });
    // A summary over the limit is refused by validation before anything is written.
    const result = await ctx.dispatch('reminders.complete', {
      id: reminder.id,
      logInteraction: true,
      note: 'x'.repeat(2_001),
    });
    expect(result.ok).toBe(false);
    expect(rowCount()).toBe(1);
    const [open] = (await list('today')).items;
    expect(open?.status).toBe('open');
  });
});

describe('rule settings', () => {
  it('have defaults, accept partial updates and refuse bad values', async () => {
    const rules = await call<Record<string, unknown>>(ctx, 'reminders.getRules');
    expect(rules).toMatchObject({
      notifyAt: '09:00',
      noContact: { enabled: true, days: { vip: 14, important: 30, ordinary: 90, potential: null } },
      birthdays: { enabled: true, daysBefore: 7 },
      visitFollowUp: { enabled: true, days: 3 },
    });
    const updated = await call<Record<string, unknown>>(ctx, 'reminders.updateRules', {
      noContact: { days: { potential: 180 } },
    });
    expect(updated).toMatchObject({ noContact: { days: { vip: 14, potential: 180 } } });
    expect(ctx.events).toContainEqual({ event: 'reminder.rulesChanged', payload: {} });
    const bad = await ctx.dispatch('reminders.updateRules', { timeZone: 'Mars/Olympus' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok)
      expect(bad.error.issues).toContainEqual({
        path: ['timeZone'],
        message: 'validation.timeZone',
      });
  });
});
