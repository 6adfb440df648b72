import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer';
import type { Interaction } from '../../shared/domain/interaction';
import type { Reminder, ReminderListOutput, ReminderSaved } from '../../shared/domain/reminder';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

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

interface Completed {
  reminder: Reminder;
  next: Reminder | null;
  interaction: Interaction | null;
}
const weekly = async (): Promise<Reminder> =>
  (
    await call<ReminderSaved>(ctx, 'reminders.create', {
      customerId: customer.id,
      title: '每周回访',
      dueAt: '2026-03-15T01:00:00.000Z',
      repeat: 'weekly',
    })
  ).reminder;
const open = async (): Promise<Reminder[]> => {
  const items: Reminder[] = [];
  for (const view of ['overdue', 'today', 'upcoming'])
    items.push(...(await call<ReminderListOutput>(ctx, 'reminders.list', { view })).items);
  return items;
};
const timeline = (): Promise<Interaction[]> =>
  call<Interaction[]>(ctx, 'interactions.listByCustomer', { customerId: customer.id });

describe('undoing a completion (reminders.reopen)', () => {
  it('opens the reminder again and takes back the next occurrence and the logged entry', async () => {
    const reminder = await weekly();
    const done = await call<Completed>(ctx, 'reminders.complete', {
      id: reminder.id,
      logInteraction: true,
      note: '电话已打',
    });
    expect(done.next).not.toBeNull();
    expect(await timeline()).toHaveLength(1);

    const reopened = await call<Reminder>(ctx, 'reminders.reopen', {
      id: reminder.id,
      interactionId: done.interaction?.id,
    });
    expect(reopened).toMatchObject({ status: 'open', completedAt: null });
    expect((await open()).map((r) => r.id)).toEqual([reminder.id]);
    expect(await timeline()).toEqual([]);
    expect(ctx.events).toContainEqual({
      event: 'data.changed',
      payload: { domain: 'interactions' },
    });

    // Completing again works as the first time: exactly one next occurrence.
    ctx.clock.advance(60_000);
    const again = await call<Completed>(ctx, 'reminders.complete', { id: reminder.id });
    expect(again.next?.dueAt).toBe(done.next?.dueAt);
    expect(await open()).toHaveLength(1);
  });

  it('keeps a next occurrence the user already changed', async () => {
    const reminder = await weekly();
    const done = await call<Completed>(ctx, 'reminders.complete', { id: reminder.id });
    const next = done.next;
    if (!next) throw new Error('no next occurrence');
    ctx.clock.advance(60_000);
    await call(ctx, 'reminders.update', { id: next.id, patch: { title: '带上新报价' } });
    await call(ctx, 'reminders.reopen', { id: reminder.id });
    expect((await open()).map((r) => r.title).sort()).toEqual(['带上新报价', '每周回访'].sort());
  });

  it('refuses to reopen an open reminder, and leaves other customers’ entries alone', async () => {
    const reminder = await weekly();
    const result = await ctx.dispatch('reminders.reopen', { id: reminder.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.reminders.alreadyOpen' },
    });
    const other = await call<Customer>(ctx, 'customers.create', { name: '李娜', kind: 'person' });
    const entry = await call<Interaction>(ctx, 'interactions.create', {
      customerId: other.id,
      type: 'call',
      summary: '别的客户',
      occurredAt: ctx.clock.now().toISOString(),
    });
    await call(ctx, 'reminders.complete', { id: reminder.id });
    await call(ctx, 'reminders.reopen', { id: reminder.id, interactionId: entry.id });
    expect(
      await call<Interaction[]>(ctx, 'interactions.listByCustomer', { customerId: other.id }),
    ).toHaveLength(1);
  });
});
