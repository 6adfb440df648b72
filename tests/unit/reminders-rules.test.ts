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
    items.push(
      ...(await call<ReminderListOutput>(ctx, 'reminders.list', { view, limit: 500 })).items,
    );
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

  it('closes the follow-up when contact is recorded another way (an import), at once', async () => {
    const c = await customerCreatedAt('丁', 'vip', 20);
    await run();
    expect(await openReminders()).toHaveLength(1);
    ctx.db.raw
      .prepare('UPDATE customers SET last_contact_at = ? WHERE id = ?')
      .run(ctx.clock.now().toISOString(), c.id);
    expect(await openReminders()).toEqual([]);
    // The new period starts from that contact.
    ctx.clock.advance(13 * DAY);
    expect((await run()).created).toBe(0);
    ctx.clock.advance(2 * DAY);
    expect((await run()).created).toBe(1);
  });

  it('creates at most the daily limit, VIPs and the longest silent first, the rest on later days', async () => {
    await rules({ noContact: { dailyLimit: 3 } });
    await customerCreatedAt('普通老', 'ordinary', 400);
    await customerCreatedAt('重要', 'important', 40);
    await customerCreatedAt('VIP近', 'vip', 20);
    await customerCreatedAt('VIP远', 'vip', 60);
    await customerCreatedAt('普通新', 'ordinary', 100);
    expect((await run()).created).toBe(3);
    const first = (await openReminders()).map((r) => r.customerName).sort();
    expect(first).toEqual(['VIP近', 'VIP远', '重要'].sort());
    // Hourly runs the same day add nothing more.
    ctx.clock.advance(3_600_000);
    expect((await run()).created).toBe(0);
    // The next day's full pass: the two ordinary customers, longest silent first.
    ctx.clock.advance(DAY);
    await rules({ noContact: { dailyLimit: 1 } });
    expect((await run()).created).toBe(1);
    expect((await openReminders()).map((r) => r.customerName)).toContain('普通老');
    ctx.clock.advance(DAY);
    expect((await run()).created).toBe(1);
    expect((await run()).created).toBe(0);
    expect(await openReminders()).toHaveLength(5);
  });

  it('with no limit creates every follow-up due, at the rule time of the day', async () => {
    await rules({ noContact: { dailyLimit: null }, notifyAt: '10:30' });
    for (let i = 0; i < 150; i++) await customerCreatedAt(`客户${i}`, 'vip', 20 + i);
    expect((await run()).created).toBe(150);
    const open = await openReminders();
    expect(open).toHaveLength(150);
    // 10:30 in Shanghai on the day of the run (the test clock's day there).
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      ctx.clock.now(),
    );
    expect(new Set(open.map((r) => r.dueAt))).toEqual(
      new Set([new Date(`${day}T10:30:00+08:00`).toISOString()]),
    );
  });
});

describe('rule titles follow the language the user reads now', () => {
  it('shows a Chinese-made title in English after switching, and keeps a title the user typed', async () => {
    await rules({ noContact: { enabled: true }, birthdays: { enabled: true, daysBefore: 0 } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(ctx.clock.now())
      .slice(5);
    const c = await customerCreatedAt('王芳', 'vip', 20);
    await call(ctx, 'customers.update', { id: c.id, patch: { birthday: `1988-${today}` } });
    await run();
    const zh = (await openReminders()).map((r) => r.title).sort();
    expect(zh[0]).toMatch(/^客户关怀：王芳 生日（\d+月\d+日）$/);
    expect(zh[1]).toBe('跟进：王芳（已超过 14 天未联系）');

    await call(ctx, 'settings.update', { language: 'en' });
    expect(ctx.events).toContainEqual({ event: 'data.changed', payload: { domain: 'reminders' } });
    const en = await openReminders();
    const followUp = en.find((r) => r.source === 'rule:no-contact');
    expect(followUp?.title).toBe('Follow up: 王芳 (no contact for over 14 days)');
    expect(en.find((r) => r.source === 'rule:birthday')?.title).toMatch(
      /^Birthday: 王芳 \(\w{3} \d+\)$/,
    );

    // Saved unchanged it stays automatic; rewritten it is the user's and no longer translated.
    if (!followUp) throw new Error('missing');
    await call(ctx, 'reminders.update', { id: followUp.id, patch: { title: followUp.title } });
    await call(ctx, 'settings.update', { language: 'zh-CN' });
    const again = (await openReminders()).find((r) => r.id === followUp.id);
    expect(again?.title).toBe('跟进：王芳（已超过 14 天未联系）');
    await call(ctx, 'reminders.update', { id: followUp.id, patch: { title: '带样品去拜访王芳' } });
    await call(ctx, 'settings.update', { language: 'en' });
    const typed = (await openReminders()).find((r) => r.id === followUp.id);
    expect(typed?.title).toBe('带样品去拜访王芳');
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
      // Visited at 16:00 Shanghai on the 15th: due three days later at the rule time, 09:00.
      dueAt: '2026-03-18T01:00:00.000Z',
      source: 'rule:visit-follow-up',
    });
  });
});
