import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/contact';
import type { Customer, CustomerDetail, CustomerListOutput } from '../../shared/domain/customer';
import type { Interaction } from '../../shared/domain/interaction';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

let ctx: TestContext;
let customer: Customer;
beforeEach(async () => {
  ctx = await createTestDb();
  customer = await call<Customer>(ctx, 'customers.create', { name: '华通科技' });
});
afterEach(async () => {
  await ctx.db.close();
});

describe('contacts', () => {
  it('makes the first contact primary and keeps exactly one primary', async () => {
    const a = await call<Contact>(ctx, 'contacts.create', {
      customerId: customer.id,
      name: '张伟',
    });
    expect(a.isPrimary).toBe(true);
    const b = await call<Contact>(ctx, 'contacts.create', {
      customerId: customer.id,
      name: '李娜',
      isPrimary: true,
    });
    expect(b.isPrimary).toBe(true);
    const list = await call<Contact[]>(ctx, 'contacts.listByCustomer', { customerId: customer.id });
    expect(list.filter((c) => c.isPrimary).map((c) => c.name)).toEqual(['李娜']);
    await call(ctx, 'contacts.update', { id: a.id, patch: { isPrimary: true } });
    const after = await call<Contact[]>(ctx, 'contacts.listByCustomer', {
      customerId: customer.id,
    });
    expect(after.filter((c) => c.isPrimary).map((c) => c.name)).toEqual(['张伟']);
  });

  it('promotes another contact when the primary one is removed', async () => {
    const a = await call<Contact>(ctx, 'contacts.create', {
      customerId: customer.id,
      name: '张伟',
    });
    await call<Contact>(ctx, 'contacts.create', { customerId: customer.id, name: '李娜' });
    await call(ctx, 'contacts.remove', { id: a.id });
    const list = await call<Contact[]>(ctx, 'contacts.listByCustomer', { customerId: customer.id });
    expect(list).toEqual([expect.objectContaining({ name: '李娜', isPrimary: true })]);
  });

  it('rejects a contact for an unknown customer and a phone with letters', async () => {
    expect(
      await ctx.dispatch('contacts.create', { customerId: 'missing', name: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const bad = await ctx.dispatch('contacts.create', {
      customerId: customer.id,
      name: 'x',
      phone: '138abc',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['phone'], message: 'validation.phoneLetters' }] },
    });
    expect(
      await call<Contact[]>(ctx, 'contacts.listByCustomer', { customerId: customer.id }),
    ).toEqual([]);
  });
});

describe('interactions', () => {
  it('builds a newest-first timeline and keeps the customer last-contact time', async () => {
    const contact = await call<Contact>(ctx, 'contacts.create', {
      customerId: customer.id,
      name: '张伟',
    });
    await call<Interaction>(ctx, 'interactions.create', {
      customerId: customer.id,
      type: 'call',
      occurredAt: '2026-03-01T10:00:00+08:00',
      summary: '电话沟通',
    });
    const visit = await call<Interaction>(ctx, 'interactions.create', {
      customerId: customer.id,
      contactId: contact.id,
      type: 'visit',
      occurredAt: '2026-03-10T02:00:00Z',
      summary: '上门拜访',
      outcome: '需要报价',
      nextStep: '周五前发报价',
    });
    expect(visit).toMatchObject({
      contactName: '张伟',
      outcome: '需要报价',
      nextStep: '周五前发报价',
    });
    const detail = await call<CustomerDetail>(ctx, 'customers.get', { id: customer.id });
    expect(detail.interactions.map((i) => i.summary)).toEqual(['上门拜访', '电话沟通']);
    expect(detail.interactions[1]?.occurredAt).toBe('2026-03-01T02:00:00.000Z');
    expect(detail.customer.lastContactAt).toBe('2026-03-10T02:00:00.000Z');

    await call(ctx, 'interactions.remove', { id: visit.id });
    const list = await call<CustomerListOutput>(ctx, 'customers.list', {});
    expect(list.items[0]?.lastContactAt).toBe('2026-03-01T02:00:00.000Z');
  });

  it('rejects a contact that belongs to another customer, and a bad time', async () => {
    const other = await call<Customer>(ctx, 'customers.create', { name: '别家' });
    const theirs = await call<Contact>(ctx, 'contacts.create', {
      customerId: other.id,
      name: '王五',
    });
    const wrong = await ctx.dispatch('interactions.create', {
      customerId: customer.id,
      contactId: theirs.id,
      type: 'call',
      occurredAt: '2026-03-01T10:00:00Z',
      summary: 'x',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['contactId'] }] },
    });
    const badTime = await ctx.dispatch('interactions.create', {
      customerId: customer.id,
      type: 'call',
      occurredAt: '2026-13-01',
      summary: 'x',
    });
    expect(badTime).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['occurredAt'], message: 'validation.instant' }] },
    });
    expect(
      await call<Interaction[]>(ctx, 'interactions.listByCustomer', { customerId: customer.id }),
    ).toEqual([]);
  });
});
