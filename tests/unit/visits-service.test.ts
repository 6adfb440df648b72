import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/domain/customer';
import type { Interaction } from '../../shared/domain/interaction';
import type { Reminder } from '../../shared/domain/reminder';
import type { Visit, VisitRoute, VisitSuggestions } from '../../shared/domain/visit';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

// The fixed clock is 2026-03-15T08:00Z = 16:00 in Shanghai; today there starts 2026-03-14T16:00Z.
let ctx: TestContext;
let zhang: Customer;
beforeEach(async () => {
  ctx = await createTestDb();
  await call(ctx, 'reminders.updateRules', { timeZone: 'Asia/Shanghai' });
  zhang = await call<Customer>(ctx, 'customers.create', { name: '张伟', kind: 'person' });
});
afterEach(async () => {
  await ctx.db.close();
});

const count = (table: string): unknown =>
  ctx.db.raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const plan = (input: Record<string, unknown> = {}): Promise<Visit> =>
  call<Visit>(ctx, 'visits.create', {
    customerId: zhang.id,
    plannedAt: '2026-03-16T09:00:00+08:00',
    ...input,
  });
async function failure(channel: string, input: unknown): Promise<unknown> {
  const result = await ctx.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

describe('planning visits', () => {
  it('stores UTC with defaults and tells the UI', async () => {
    const v = await plan({ purpose: '送样品' });
    expect(v).toMatchObject({
      customerName: '张伟',
      plannedAt: '2026-03-16T01:00:00.000Z',
      durationMin: 60,
      status: 'planned',
      checkedInAt: null,
    });
    expect(ctx.events).toContainEqual({ event: 'data.changed', payload: { domain: 'visits' } });
  });

  it.each([
    [{ lat: 95, lng: 100 }, 'validation.lat'],
    [{ lat: 30, lng: 181 }, 'validation.lng'],
    [{ lat: 30 }, 'validation.latLngPair'],
    [{ durationMin: 2 }, 'validation.visitDuration'],
    [{ plannedAt: 'tomorrow' }, 'validation.instant'],
  ])('rejects %j with %s and writes nothing', async (input, message) => {
    const error = await failure('visits.create', {
      customerId: zhang.id,
      plannedAt: '2026-03-16T01:00:00Z',
      ...input,
    });
    expect(JSON.stringify(error)).toContain(message);
    expect(count('visits')).toBe(0);
  });

  it('refuses a customer in the trash', async () => {
    await call(ctx, 'customers.remove', { id: zhang.id });
    expect(
      await failure('visits.create', { customerId: zhang.id, plannedAt: '2026-03-16T01:00:00Z' }),
    ).toMatchObject({ message: 'errors.visits.unknownCustomer' });
    expect(count('visits')).toBe(0);
  });

  it('createMany plans back to back in one transaction, or nothing', async () => {
    const li = await call<Customer>(ctx, 'customers.create', { name: '李娜', kind: 'person' });
    const many = await call<Visit[]>(ctx, 'visits.createMany', {
      customerIds: [zhang.id, li.id],
      plannedAt: '2026-03-16T01:00:00Z',
      durationMin: 45,
    });
    expect(many.map((v) => [v.customerName, v.plannedAt])).toEqual([
      ['张伟', '2026-03-16T01:00:00.000Z'],
      ['李娜', '2026-03-16T01:45:00.000Z'],
    ]);
    const error = await failure('visits.createMany', {
      customerIds: [zhang.id, 'no-such-customer'],
      plannedAt: '2026-03-17T01:00:00Z',
    });
    expect(error).toMatchObject({ message: 'errors.visits.unknownCustomer' });
    expect(count('visits')).toBe(2);
  });

  it('lists a range, rejecting an end before the start', async () => {
    await plan();
    await plan({ plannedAt: '2026-03-30T01:00:00Z' });
    const week = await call<{ items: Visit[] }>(ctx, 'visits.list', {
      from: '2026-03-15T16:00:00Z',
      to: '2026-03-22T16:00:00Z',
    });
    expect(week.items).toHaveLength(1);
    const error = await failure('visits.list', {
      from: '2026-03-22T00:00:00Z',
      to: '2026-03-15T00:00:00Z',
    });
    expect(JSON.stringify(error)).toContain('validation.rangeOrder');
  });
});

describe('status rules', () => {
  it('derives missed for a planned visit before today and reschedules it in one call', async () => {
    const v = await plan({ plannedAt: '2026-03-14T15:00:00Z' }); // 23:00 yesterday in Shanghai
    expect(v.status).toBe('missed');
    const missed = await call<{ items: Visit[] }>(ctx, 'visits.list', {
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      status: 'missed',
    });
    expect(missed.items.map((x) => x.id)).toEqual([v.id]);
    const moved = await call<Visit>(ctx, 'visits.update', {
      id: v.id,
      patch: { plannedAt: '2026-03-17T02:00:00Z' },
    });
    expect(moved.status).toBe('planned');
    // Later today is not missed.
    expect((await plan({ plannedAt: '2026-03-15T01:00:00Z' })).status).toBe('planned');
  });

  it('checks in once; a second check-in is refused', async () => {
    const v = await plan();
    const checked = await call<Visit>(ctx, 'visits.checkIn', {
      id: v.id,
      lat: 30.6,
      lng: 104.06,
      note: '到了',
    });
    expect(checked).toMatchObject({
      checkedInAt: '2026-03-15T08:00:00.000Z',
      lat: 30.6,
      checkInNote: '到了',
    });
    expect(await failure('visits.checkIn', { id: v.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'errors.visits.alreadyCheckedIn',
    });
  });

  it('completes into a visit interaction and a follow-up reminder, together', async () => {
    const v = await plan({ purpose: '谈续约' });
    await call(ctx, 'visits.checkIn', { id: v.id, at: '2026-03-15T07:30:00Z' });
    const done = await call<{ visit: Visit; interaction: Interaction; reminder: Reminder }>(
      ctx,
      'visits.complete',
      {
        id: v.id,
        outcome: '同意续约',
        nextStep: '发合同',
        followUp: { dueAt: '2026-03-20T01:00:00Z', title: '寄合同' },
      },
    );
    expect(done.visit).toMatchObject({ status: 'done', outcome: '同意续约' });
    expect(done.interaction).toMatchObject({
      type: 'visit',
      visitId: v.id,
      occurredAt: '2026-03-15T07:30:00.000Z',
      summary: '谈续约',
      outcome: '同意续约',
      nextStep: '发合同',
    });
    expect(done.reminder).toMatchObject({ source: 'visit', title: '寄合同', status: 'open' });
    const last = ctx.db.raw
      .prepare('SELECT last_visit_at FROM customers WHERE id = ?')
      .pluck()
      .get(zhang.id);
    expect(last).toBe('2026-03-15T07:30:00.000Z');
    expect(await failure('visits.complete', { id: v.id, outcome: 'again' })).toMatchObject({
      message: 'errors.visits.alreadyDone',
    });
  });

  it('refuses to complete a cancelled visit and writes nothing', async () => {
    const v = await plan();
    expect((await call<Visit>(ctx, 'visits.cancel', { id: v.id })).status).toBe('cancelled');
    const error = await failure('visits.complete', {
      id: v.id,
      outcome: 'x',
      followUp: { dueAt: '2026-03-20T01:00:00Z', title: 't' },
    });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'errors.visits.cancelled' });
    expect([count('interactions'), count('reminders')]).toEqual([0, 0]);
    expect(await failure('visits.checkIn', { id: v.id })).toMatchObject({
      message: 'errors.visits.cancelled',
    });
  });

  it('removes softly', async () => {
    const v = await plan();
    await call(ctx, 'visits.remove', { id: v.id });
    expect(await failure('visits.cancel', { id: v.id })).toMatchObject({
      message: 'errors.visits.notFound',
    });
  });
});

describe('routes', () => {
  it('orders located stops from home, puts unknown places last, and keeps a manual order', async () => {
    await call(ctx, 'visits.updateSettings', {
      home: { label: '公司', province: '四川省', city: '成都市', district: '锦江区' },
    });
    const mk = async (name: string, place: Record<string, unknown>): Promise<Visit> => {
      const c = await call<Customer>(ctx, 'customers.create', { name, kind: 'person', ...place });
      return plan({ customerId: c.id });
    };
    const far = await mk('绵阳客户', { province: '四川', city: '绵阳' });
    const near = await mk('武侯客户', { province: '四川', city: '成都', district: '武侯区' });
    const exact = await mk('德阳客户', {
      province: '四川',
      city: '德阳',
      lat: 31.127,
      lng: 104.398,
    });
    const lost = await plan(); // 张伟 has no place at all
    const route = await call<VisitRoute>(ctx, 'visits.route', { date: '2026-03-16' });
    expect(route.manual).toBe(false);
    expect(route.stops.map((s) => s.visit.id)).toEqual([near.id, exact.id, far.id, lost.id]);
    expect(route.stops.map((s) => s.coord?.source ?? null)).toEqual([
      'gazetteer',
      'customer',
      'gazetteer',
      null,
    ]);
    expect(route.stops[3]).toMatchObject({ unknownPlace: true, legKm: null });
    const legs = route.stops.map((s) => s.legKm ?? 0);
    expect(route.totalKm).toBeCloseTo(
      legs.reduce((a, b) => a + b, 0),
      1,
    );
    expect(route.totalKm).toBeGreaterThan(90);

    const manual = await call<VisitRoute>(ctx, 'visits.reorder', {
      date: '2026-03-16',
      ids: [far.id, near.id, exact.id],
    });
    expect(manual.manual).toBe(true);
    expect(manual.stops.map((s) => s.visit.id)).toEqual([far.id, near.id, exact.id, lost.id]);
    expect(manual.totalKm).toBeGreaterThan(route.totalKm);
    expect(await failure('visits.reorder', { date: '2026-03-17', ids: [far.id] })).toMatchObject({
      message: 'errors.visits.notOnDate',
    });
    const reset = await call<VisitRoute>(ctx, 'visits.reorder', { date: '2026-03-16', ids: [] });
    expect(reset.manual).toBe(false);
  });
});

describe('cadence suggestions', () => {
  it('ranks by how overdue, skips planned and recently visited, groups by area', async () => {
    const set = (id: string, tier: string, created: string, city: string): void => {
      ctx.db.raw
        .prepare(
          'UPDATE customers SET tier = ?, created_at = ?, province = ?, city = ? WHERE id = ?',
        )
        .run(tier, created, '四川', city, id);
    };
    const mk = async (name: string): Promise<string> =>
      (await call<Customer>(ctx, 'customers.create', { name, kind: 'person' })).id;
    const vipOld = await mk('VIP老客');
    const vipNew = await mk('VIP新客');
    const ordinary = await mk('普通客');
    const planned = await mk('已排期');
    const potential = await mk('潜在客');
    set(vipOld, 'vip', '2026-01-01T00:00:00.000Z', '成都市');
    set(vipNew, 'vip', '2026-03-10T00:00:00.000Z', '成都市');
    set(ordinary, 'ordinary', '2025-10-01T00:00:00.000Z', '绵阳市');
    set(planned, 'vip', '2025-01-01T00:00:00.000Z', '成都市');
    set(potential, 'potential', '2020-01-01T00:00:00.000Z', '成都市');
    set(zhang.id, 'important', '2026-03-01T00:00:00.000Z', '成都市');
    await plan({ customerId: planned });
    const s = await call<VisitSuggestions>(ctx, 'visits.suggest', {});
    const flat = s.groups.flatMap((g) => g.customers.map((c) => [c.name, c.overdueDays]));
    // VIP老客: due 2026-01-15 -> 59 days; 普通客: due 2025-12-30 -> 75 days.
    expect(flat).toEqual([
      ['普通客', 75],
      ['VIP老客', 59],
    ]);
    expect(s.groups.map((g) => g.city)).toEqual(['绵阳市', '成都市']);
    const chengdu = await call<VisitSuggestions>(ctx, 'visits.suggest', { city: '成都' });
    expect(chengdu.count).toBe(1);
  });
});
