import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerListOutput, Customer } from '../../shared/domain/customer';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

let ctx: TestContext;

async function create(input: Record<string, unknown>): Promise<Customer> {
  return call<Customer>(ctx, 'customers.create', input);
}
async function search(query: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const out = await call<CustomerListOutput>(ctx, 'customers.list', { query, ...extra });
  return out.items.map((i) => i.name);
}

beforeEach(async () => {
  ctx = await createTestDb();
  await create({
    name: '张伟',
    kind: 'person',
    phone: '138 0013 8000',
    company: '北京华通科技有限公司',
  });
  await create({
    name: '李娜',
    kind: 'person',
    phone: '+86 139-1234-5678',
    email: 'Lina@Example.cn',
  });
  await create({
    name: '上海宏达贸易有限公司',
    phone: '021-62345678',
    address: '浦东新区世纪大道100号',
  });
  await create({ name: '张伟强', kind: 'person' });
  await create({ name: '单田芳', kind: 'person' });
});
afterEach(async () => {
  await ctx.db.close();
});

describe('customer search', () => {
  it('finds a Chinese 2-character substring, exact name first', async () => {
    expect(await search('张伟')).toEqual(['张伟', '张伟强']);
  });

  it('finds a single Chinese character anywhere in name or company', async () => {
    expect((await search('华')).sort()).toEqual(['张伟']);
    expect(await search('贸')).toEqual(['上海宏达贸易有限公司']);
  });

  it('finds 3+ character substrings of company and address', async () => {
    expect(await search('华通科技')).toEqual(['张伟']);
    expect(await search('世纪大道')).toEqual(['上海宏达贸易有限公司']);
  });

  it('finds by pinyin initials and full pinyin', async () => {
    expect(await search('zw')).toEqual(['张伟', '张伟强']);
    expect(await search('zhangwei')).toEqual(['张伟', '张伟强']);
    expect(await search('zwq')).toEqual(['张伟强']);
  });

  it('uses surname readings for people (单 -> shan)', async () => {
    expect(await search('shantianfang')).toEqual(['单田芳']);
  });

  it('finds phone digits however they were typed or stored', async () => {
    expect(await search('13800138000')).toEqual(['张伟']);
    expect(await search('0013')).toEqual(['张伟']);
    expect(await search('139 1234')).toEqual(['李娜']);
    expect(await search('021-6234')).toEqual(['上海宏达贸易有限公司']);
  });

  it('finds email case-insensitively', async () => {
    expect(await search('lina@exa')).toEqual(['李娜']);
  });

  it('combines words (AND) and respects filters', async () => {
    expect(await search('zhang qiang')).toEqual(['张伟强']);
    expect(await search('张伟', { filter: { tier: 'vip' } })).toEqual([]);
  });

  it('does not return soft-deleted customers', async () => {
    const list = await call<CustomerListOutput>(ctx, 'customers.list', { query: '李娜' });
    const id = list.items[0]?.id;
    await call(ctx, 'customers.remove', { id });
    expect(await search('李娜')).toEqual([]);
    const trash = await call<CustomerListOutput>(ctx, 'customers.list', { deleted: true });
    expect(trash.items.map((i) => i.name)).toEqual(['李娜']);
  });

  it('keeps the index in step when a name changes', async () => {
    const [first] = (await call<CustomerListOutput>(ctx, 'customers.list', { query: '单田芳' }))
      .items;
    await call(ctx, 'customers.update', { id: first?.id, patch: { name: '曾国藩' } });
    expect(await search('单田芳')).toEqual([]);
    expect(await search('国藩')).toEqual(['曾国藩']);
    expect(await search('zgf')).toEqual(['曾国藩']);
  });
});
