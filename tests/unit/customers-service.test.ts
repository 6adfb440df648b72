import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Customer,
  CustomerDetail,
  CustomerListOutput,
  DuplicateMatch,
} from '../../shared/domain/customer';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestDb();
});
afterEach(async () => {
  await ctx.db.close();
});

async function count(): Promise<number> {
  return (await call<CustomerListOutput>(ctx, 'customers.list', {})).total;
}

describe('creating customers', () => {
  it('stores defaults, pinyin keys and normalised phone and email', async () => {
    const c = await call<Customer>(ctx, 'customers.create', {
      name: '  张伟 ',
      kind: 'person',
      phone: '＋86 138-0013-8000',
      email: ' ZhangWei@Example.CN ',
      tags: ['老客户', '老客户', 'VIP 客户'],
    });
    expect(c).toMatchObject({
      name: '张伟',
      namePinyin: 'zhangwei',
      nameInitials: 'zw',
      phoneNorm: '+8613800138000',
      email: 'ZhangWei@Example.CN',
      stage: 'lead',
      tier: 'ordinary',
      tags: ['VIP 客户', '老客户'],
    });
    expect(ctx.events).toContainEqual({ event: 'data.changed', payload: { domain: 'customers' } });
  });

  it.each([
    [{ name: '' }, ['name'], 'validation.required'],
    [{ name: '王芳', phone: 'abc123' }, ['phone'], 'validation.phoneLetters'],
    [{ name: '王芳', phone: '12' }, ['phone'], 'validation.phoneInvalid'],
    [{ name: '王芳', email: 'not-an-email' }, ['email'], 'validation.email'],
    [{ name: '王芳', birthday: '2024-02-30' }, ['birthday'], 'validation.date'],
    [{ name: '王芳', lat: 91 }, ['lat'], 'validation.lat'],
    [{ name: '王芳', tier: 'gold' }, ['tier'], 'validation.choice'],
  ])('rejects %j with a message for the field and writes nothing', async (input, path, message) => {
    const result = await ctx.dispatch('customers.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toContainEqual({ path, message });
    expect(await count()).toBe(0);
  });

  it('finds duplicates by normalised phone or email, however they are written', async () => {
    const existing = await call<Customer>(ctx, 'customers.create', {
      name: '李娜',
      phone: '13912345678',
      email: 'lina@example.cn',
    });
    const byPhone = await call<DuplicateMatch[]>(ctx, 'customers.findDuplicates', {
      phone: '+86 139 1234 5678',
    });
    expect(byPhone).toEqual([
      expect.objectContaining({ id: existing.id, matchedOn: 'phone', deleted: false }),
    ]);
    const byEmail = await call<DuplicateMatch[]>(ctx, 'customers.findDuplicates', {
      email: 'LINA@example.cn',
    });
    expect(byEmail).toEqual([expect.objectContaining({ id: existing.id, matchedOn: 'email' })]);
    const self = await call<DuplicateMatch[]>(ctx, 'customers.findDuplicates', {
      phone: '13912345678',
      excludeId: existing.id,
    });
    expect(self).toEqual([]);
  });
});

describe('updating, removing and restoring', () => {
  it('applies a patch, recomputes keys, clears fields set to null and replaces tags', async () => {
    const c = await call<Customer>(ctx, 'customers.create', {
      name: '王芳',
      city: '成都市',
      tags: ['a'],
    });
    ctx.clock.advance(60_000);
    const u = await call<Customer>(ctx, 'customers.update', {
      id: c.id,
      patch: { name: '曾小贤', kind: 'person', city: null, tier: 'vip', tags: ['b'] },
    });
    expect(u).toMatchObject({
      name: '曾小贤',
      namePinyin: 'zengxiaoxian',
      city: null,
      tier: 'vip',
      tags: ['b'],
    });
    expect(u.updatedAt > c.updatedAt).toBe(true);
  });

  it('refuses to update a customer in the trash', async () => {
    const c = await call<Customer>(ctx, 'customers.create', { name: '王芳' });
    await call(ctx, 'customers.remove', { id: c.id });
    const result = await ctx.dispatch('customers.update', { id: c.id, patch: { name: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('soft-deletes to the trash and restores with everything intact', async () => {
    const c = await call<Customer>(ctx, 'customers.create', { name: '王芳', tags: ['老客户'] });
    await call(ctx, 'contacts.create', { customerId: c.id, name: '刘洋' });
    await call(ctx, 'customers.remove', { id: c.id });
    expect(await count()).toBe(0);
    const restored = await call<Customer>(ctx, 'customers.restore', { id: c.id });
    expect(restored.deletedAt).toBeNull();
    expect(await count()).toBe(1);
    const detail = await call<CustomerDetail>(ctx, 'customers.get', { id: c.id });
    expect(detail.customer.tags).toEqual(['老客户']);
    expect(detail.contacts.map((x) => x.name)).toEqual(['刘洋']);
  });
});

describe('listing', () => {
  it('pages through every customer exactly once with keyset cursors, in every sort', async () => {
    for (let i = 0; i < 23; i++) {
      ctx.clock.advance(1000);
      await call(ctx, 'customers.create', {
        name: `客户${String(i).padStart(2, '0')}`,
        tier: i % 2 ? 'vip' : 'ordinary',
      });
    }
    for (const field of [
      'name',
      'tier',
      'stage',
      'city',
      'createdAt',
      'updatedAt',
      'lastContactAt',
    ] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: CustomerListOutput = await call<CustomerListOutput>(ctx, 'customers.list', {
            limit: 5,
            cursor,
            sort: { field, dir },
          });
          seen.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(new Set(seen).size).toBe(23);
      }
    }
  });

  it('filters by tier, stage, city, owner, industry and tag, with the filtered total', async () => {
    await call(ctx, 'customers.create', {
      name: 'A',
      tier: 'vip',
      city: '成都市',
      owner: '李明',
      industry: '零售',
      tags: ['x'],
    });
    await call(ctx, 'customers.create', { name: 'B', tier: 'vip', city: '北京市' });
    await call(ctx, 'customers.create', { name: 'C', tier: 'ordinary', city: '成都市' });
    const list = async (filter: object): Promise<string[]> =>
      (
        await call<CustomerListOutput>(ctx, 'customers.list', {
          filter,
          sort: { field: 'name', dir: 'asc' },
        })
      ).items.map((i) => i.name);
    expect(await list({ tier: 'vip' })).toEqual(['A', 'B']);
    expect(await list({ tier: 'vip', city: '成都市' })).toEqual(['A']);
    expect(await list({ owner: '李明' })).toEqual(['A']);
    expect(await list({ industry: '零售' })).toEqual(['A']);
    expect(await list({ tag: 'x' })).toEqual(['A']);
    const out = await call<CustomerListOutput>(ctx, 'customers.list', {
      filter: { city: '成都市' },
    });
    expect(out.total).toBe(2);
  });

  it('treats a tampered cursor as the first page rather than failing', async () => {
    await call(ctx, 'customers.create', { name: 'A' });
    const out = await call<CustomerListOutput>(ctx, 'customers.list', { cursor: 'garbage!!' });
    expect(out.items).toHaveLength(1);
  });
});

describe('filtered lists at scale', () => {
  it('pages broad and narrow filters in every sort, through either index strategy', async () => {
    await call(ctx, 'sample.load', { count: 400 });
    const vip = await call<Customer>(ctx, 'customers.create', {
      name: '唯一',
      tier: 'vip',
      city: '拉萨市',
    });
    const fields = [
      'name',
      'tier',
      'stage',
      'city',
      'createdAt',
      'updatedAt',
      'lastContactAt',
    ] as const;
    for (const field of fields) {
      // Broad: hundreds of matches, walked along the sort index.
      const broad = await call<CustomerListOutput>(ctx, 'customers.list', {
        filter: { stage: 'active' },
        sort: { field, dir: 'desc' },
        limit: 20,
      });
      expect(broad.total).toBeGreaterThan(20);
      expect(broad.items.every((i) => i.stage === 'active')).toBe(true);
      expect(broad.nextCursor).not.toBeNull();
      // Narrow: one match out of 401, read from the filter index and sorted.
      const narrow = await call<CustomerListOutput>(ctx, 'customers.list', {
        filter: { city: '拉萨市' },
        sort: { field, dir: 'asc' },
      });
      expect(narrow.items.map((i) => i.id)).toEqual([vip.id]);
      expect(narrow.total).toBe(1);
    }
  });
});

describe('facets for the filter dropdowns', () => {
  it('lists the distinct values and tags of live customers only', async () => {
    await call(ctx, 'customers.create', {
      name: 'A',
      city: '成都市',
      owner: '李明',
      industry: '零售',
      tags: ['老客户'],
    });
    await call(ctx, 'customers.create', {
      name: 'B',
      city: '北京市',
      owner: '李明',
      tags: ['老客户'],
    });
    const gone = await call<Customer>(ctx, 'customers.create', {
      name: 'C',
      city: '拉萨市',
      industry: '餐饮',
      tags: ['展会'],
    });
    await call(ctx, 'customers.remove', { id: gone.id });
    const facets = await call<{
      industries: string[];
      cities: string[];
      owners: string[];
      tags: string[];
    }>(ctx, 'customers.facets');
    expect(facets).toEqual({
      industries: ['零售'],
      cities: ['北京市', '成都市'],
      owners: ['李明'],
      tags: ['老客户'],
    });
  });
});
