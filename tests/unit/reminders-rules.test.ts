import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer';
import type { Reminder, ReminderListOutput } from '../../shared/domain/reminder';
import { runReminderRules } from '../../main/services/reminders/rules/run-rules';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

const DAY = 86_400_000;
let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestDb();
  // Only the rule under test is on in each block; Shanghai keeps the day boundaries fixed.
  await call(ctx, 'reminders.updateRules', {
    timeZone: 'Asia/Shanghai',
    noContact: { enabled: false },
    birthdays: { enabled: false },
    visitFollowUp: { enabled: false },
  });
});
afterEach(async () => {
  await ctx.db.close();
});

const run = () => runReminderRules(ctx.db, ctx.clock.now());
const rules = (patch: Record<string, unknown>) => call(ctx, 'reminders.updateRules', patch);
async function openReminders(): Promise<Reminder[]> {
  const items: Reminder[] = [];
  for (const view of ['overdue', 'today', 'upcoming']) {
    items.push(...(await call<ReminderListOutput>(ctx, 'reminders.list', { view })).items);
  }
  return items;
}
async function customerCreatedAt(name: string, tier: string, daysAgo: number): Promise<Customer> {
  const now = ctx.clock.now().getTime();
  ctx.clock.set(new Date(now - daysAgo * DAY).toISOString());
  const c = await call<Customer>(ctx, 'customers.create', { name, tier });
  ctx.clock.set(new Date(now).toISOString());
  return c;
}

describe('no contact for N days, by tier', () => {
  beforeEach(() => rules({ noContact: { enabled: true } }));

  it('follows the tier thresholds (VIP 14, important 30, ordinary 90, potential off)', async () => {
    await customerCreatedAt('VIP到期', 'vip', 15);
    await customerCreatedAt('VIP未到', 'vip', 13);
    await customerCreatedAt('重要到期', 'important', 31);
    await customerCreatedAt('普通未到', 'ordinary', 89);
    await customerCreatedAt('潜在', 'potential', 400);
    const result = await run();
    expect(result.byRule.noContact).toBe(2);
    const open = await openReminders();
    expect(open.map((r) => r.customerName).sort()).toEqual(['VIP到期', '重要到期']);
    expect(open.find((r) => r.customerName === 'VIP到期')).toMatchObject({
      source: 'rule:no-contact',
      priority: 'high',
      title: '跟进：VIP到期（已超过 14 天未联系）',
    });
  });

  it('finds customers who crossed their threshold since the last hourly run', async () => {
    await customerCreatedAt('早', 'vip', 20);
    await run();
    await customerCreatedAt('刚到期', 'vip', 14 - 1 / 48); // crosses 14 days in 30 min
    ctx.clock.advance(3_600_000);
    expect((await run()).created).toBe(1);
    expect((await openReminders()).map((r) => r.customerName).sort()).toEqual(['刚到期', '早']);
  });

  it('is idempotent and never recreates a dismissed or deleted occasion', async () => {
    await customerCreatedAt('甲', 'vip', 20);
    await customerCreatedAt('乙', 'vip', 20);
    expect((await run()).created).toBe(2);
    expect((await run()).created).toBe(0);
    const [first, second] = await openReminders();
    if (!first || !second) throw new Error('missing');
    await call(ctx, 'reminders.dismiss', { id: first.id });
    await call(ctx, 'reminders.remove', { id: second.id });
    ctx.clock.advance(3_600_000);
    expect((await run()).created).toBe(0);
    expect(await openReminders()).toEqual([]);
  });

  it('closes the follow-up as soon as an interaction is logged, and starts a new period', async () => {
    const c = await customerCreatedAt('丙', 'vip', 20);
    await run();
    expect(await openReminders()).toHaveLength(1);
    await call(ctx, 'interactions.create', {
      customerId: c.id,
      type: 'call',
      summary: '电话回访',
      occurredAt: ctx.clock.now().toISOString(),
    });
    expect(await openReminders()).toEqual([]);
    expect(ctx.events).toContainEqual({ event: 'data.changed', payload: { domain: 'reminders' } });
    expect((await run()).created).toBe(0);
    ctx.clock.advance(15 * DAY);
    expect((await run()).created).toBe(1);
  });

  it('closes a stale follow-up in the rule run when contact was recorded another way', async () => {
    const c = await customerCreatedAt('丁', 'vip', 20);
    await run();
    ctx.db.raw
      .prepare('UPDATE customers SET last_contact_at = ? WHERE id = ?')
      .run(ctx.clock.now().toISOString(), c.id);
    // Hourly runs look only at newly due customers; the daily full pass tidies up.
    expect((await run()).closed).toBe(0);
    ctx.clock.advance(DAY);
    expect((await run()).closed).toBe(1);
    expect(await openReminders()).toEqual([]);
  });
});

describe('birthdays (客户关怀)', () => {
  beforeEach(() => rules({ birthdays: { enabled: true, daysBefore: 7 } }));

  it('reminds 7 days before and on the day, for customers and contacts, once', async () => {
    // Today in Shanghai is 2026-03-15.
    const c = await call<Customer>(ctx, 'customers.create', {
      name: '张伟',
      birthday: '1990-03-22',
    });
    await call(ctx, 'contacts.create', { customerId: c.id, name: '李娜', birthday: '1985-03-15' });
    await call<Customer>(ctx, 'customers.create', { name: '王芳', birthday: '1990-03-23' });
    expect((await run()).byRule.birthdays).toBe(3);
    expect((await run()).byRule.birthdays).toBe(0);
    const open = await openReminders();
    expect(open.map((r) => [r.title, r.dueAt]).sort()).toEqual([
      ['客户关怀：张伟 生日（3月22日）', '2026-03-15T01:00:00.000Z'],
      ['客户关怀：张伟 生日（3月22日）', '2026-03-22T01:00:00.000Z'],
      ['客户关怀：李娜（张伟）生日（3月15日）', '2026-03-15T01:00:00.000Z'],
    ]);
  });

  it('keeps a 29 February birthday on 28 February in a common year', async () => {
    ctx.clock.set('2027-02-28T02:00:00.000Z');
    await call<Customer>(ctx, 'customers.create', { name: '闰日', birthday: '2000-02-29' });
    await run();
    const open = await openReminders();
    expect(open.map((r) => r.dueAt)).toEqual(['2027-02-28T01:00:00.000Z']);
  });
});

describe('follow-up after a visit or meeting with a next step', () => {
  beforeEach(() => rules({ visitFollowUp: { enabled: true, days: 3 } }));

  it('creates one follow-up N days later, only when a next step is filled in', async () => {
    const c = await call<Customer>(ctx, 'customers.create', { name: '华通科技' });
    const at = ctx.clock.now().toISOString();
    const base = { customerId: c.id, occurredAt: at, summary: '上门拜访' };
    await call(ctx, 'interactions.create', { ...base, type: 'visit', nextStep: '发送报价单' });
    await call(ctx, 'interactions.create', { ...base, type: 'visit', nextStep: '' });
    await call(ctx, 'interactions.create', { ...base, type: 'call', nextStep: '再打一次' });
    expect((await run()).byRule.visitFollowUp).toBe(1);
    expect((await run()).byRule.visitFollowUp).toBe(0);
    const [followUp] = await openReminders();
    expect(followUp).toMatchObject({
      title: '拜访跟进：发送报价单',
      dueAt: '2026-03-18T08:00:00.000Z',
      source: 'rule:visit-follow-up',
    });
  });
});
