import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/domain/import';
import type { CustomerListOutput } from '../../shared/domain/customer';
import { loadSampleData } from '../../main/services/sample.service';
import { createDataContext, type DataContext } from '../fixtures/data-context';

let a: DataContext;
let b: DataContext;
beforeEach(async () => {
  a = await createDataContext();
  b = await createDataContext();
});
afterEach(async () => {
  await a.close();
  await b.close();
});

async function seed(ctx: DataContext): Promise<void> {
  loadSampleData(
    { db: ctx.db, clock: ctx.clock, emit: () => undefined },
    { count: 300, withRelated: true, seed: 11 },
  );
  // The awkward values a lossless round trip must survive.
  const tricky = [
    { name: '=HYPERLINK("http://evil")', notes: '+cmd|/c calc', company: '@公司' },
    { name: "'=already quoted", notes: "''+twice", title: '－全角减号' },
    { name: '多行\r\n名称', notes: 'say "hi",\nthen go', address: ' 前后空格 '.trim() },
    { name: '零开头', phone: '0755-8888 6666', lat: 22.543096, lng: 114.057865 },
    { name: '全角电话', phone: '＋８６ １３９ １２３４ ５６７８', birthday: '1990-02-28' },
    { name: 'Tab', notes: '\tstarts with tab', tags: ['=危险', 'B2B'] },
  ];
  for (const input of tricky) await ctx.call('customers.create', input);
  await ctx.call('customers.remove', {
    id: (await ctx.call<CustomerListOutput>('customers.list', { query: '零开头' })).items[0]?.id,
  });
}

async function exportAll(ctx: DataContext, name: string, extra: object = {}): Promise<string> {
  const path = join(ctx.dir, name);
  const state = await ctx.job('export.customers', { path, ...extra });
  expect(state).toMatchObject({ state: 'done', result: { kind: 'export', path } });
  return path;
}

describe('export.customers', () => {
  it.each(['keys', 'localized'] as const)(
    'round-trips export -> import into an empty database -> export byte for byte (%s headers)',
    async (headers) => {
      await seed(a);
      const first = await exportAll(a, 'first.csv', { headers });
      const text = readFileSync(first, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).toContain(`'=HYPERLINK(""http://evil"")`);
      const preview = await b.call<ImportPreview>('import.preview', { path: first });
      expect(preview.kemaiFile).toBe(true);
      expect(preview.mapping.every((m) => m !== null)).toBe(true);
      const imported = await b.job('import.run', {
        path: first,
        mapping: preview.mapping,
        duplicates: 'create',
      });
      expect(imported).toMatchObject({ state: 'done', result: { created: 305, rejected: 0 } });
      const second = await exportAll(b, 'second.csv', { headers });
      expect(readFileSync(second)).toEqual(readFileSync(first));
    },
  );

  it('exports the current list: search, filter and sort as customers.list shows them', async () => {
    await seed(a);
    const list = await a.call<CustomerListOutput>('customers.list', {
      filter: { tier: 'vip' },
      sort: { field: 'name', dir: 'asc' },
      limit: 500,
    });
    const path = await exportAll(a, 'vip.csv', {
      filter: { tier: 'vip' },
      sort: { field: 'name', dir: 'asc' },
      columns: ['name', 'tier', 'phone'],
      headers: 'keys',
    });
    const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFname,tier,phone');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(
      list.items.map((c) => (/[",\r\n]/.test(c.name) ? `"${c.name}"` : c.name)),
    );
    const searched = await exportAll(a, 'search.csv', {
      query: '全角',
      columns: ['name'],
      language: 'en',
    });
    expect(readFileSync(searched, 'utf8')).toBe('\uFEFFName\r\n全角电话\r\n');
  });
});
