import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../shared/domain/import';
import { createDataContext, dumpData, type DataContext } from '../fixtures/data-context';

let ctx: DataContext;
beforeEach(async () => {
  ctx = await createDataContext();
});
afterEach(async () => {
  await ctx.close();
});

function file(name: string, text: string | Buffer): string {
  const path = join(ctx.dir, name);
  writeFileSync(path, text);
  return path;
}

async function importFile(
  path: string,
  extra: Record<string, unknown> = {},
): Promise<ImportReport> {
  const preview = await ctx.call<ImportPreview>('import.preview', { path });
  const state = await ctx.job('import.run', {
    path,
    mapping: preview.mapping,
    duplicates: 'skip',
    ...extra,
  });
  if (state.state !== 'done' || state.result?.kind !== 'import') {
    throw new Error(`import ended ${state.state}: ${JSON.stringify(state.error)}`);
  }
  return state.result;
}

const names = () =>
  ctx.db.raw.prepare('SELECT name FROM customers ORDER BY seq').pluck().all() as string[];

describe('import.preview', () => {
  it('detects GB18030 without BOM, the delimiter, the mapping, and validates sample cells', async () => {
    const text =
      '客户名称;手机;生日\r\n张伟;1.38001E+10;2024年1月31日\r\n李娜;+86 139 1234 5678;2024/2/30\r\n';
    const path = file('gb.csv', iconv.encode(text, 'gb18030'));
    const preview = await ctx.call<ImportPreview>('import.preview', { path });
    expect(preview).toMatchObject({
      encoding: 'gb18030',
      delimiter: ';',
      headers: ['客户名称', '手机', '生日'],
      mapping: ['name', 'phone', 'birthday'],
      rememberedMapping: false,
    });
    expect(preview.rows[0]?.issues).toEqual([
      { column: 1, field: 'phone', message: 'validation.phoneScientific' },
    ]);
    expect(preview.rows[1]?.issues).toEqual([
      { column: 2, field: 'birthday', message: 'validation.date' },
    ]);
  });

  it('remembers the confirmed mapping for the same header set', async () => {
    const path = file('a.csv', '名字,Foo\n张伟,x\n');
    await importFile(path, { mapping: ['name', 'notes'] });
    const again = await ctx.call<ImportPreview>('import.preview', { path });
    expect(again).toMatchObject({ mapping: ['name', 'notes'], rememberedMapping: true });
  });
});

describe('import.run', () => {
  it('imports customers with primary contact and tags, and reports rejected rows by line', async () => {
    const path = file(
      'c.csv',
      '\uFEFF客户名称,手机,邮箱,公司,标签,联系人,联系人电话,备注\r\n' +
        '华通科技,010-8888 6666,info@huatong.cn,华通科技,"VIP、制造",张伟,13800138000,"两行\r\n备注"\r\n' +
        '宏达物流,1.38001E+10,,,,,,\r\n' +
        '"坏"行,13900000000,,,,,,\r\n' +
        ',,,,,,,\r\n' +
        '锦程餐饮,139 1234 5678,,,制造,,,\r\n',
    );
    const rejectedPath = join(ctx.dir, 'rejected.csv');
    const report = await importFile(path, { rejectedPath });
    expect(report).toMatchObject({ created: 2, updated: 0, skipped: 0, rejected: 2, rows: 4 });
    expect(report.rejectedSample.map((r) => [r.line, r.reason])).toEqual([
      [4, 'validation.phoneScientific'],
      [5, 'errors.import.strayQuote'],
    ]);
    const raw = ctx.db.raw;
    expect(raw.prepare('SELECT name, phone_norm, notes FROM customers ORDER BY seq').all()).toEqual(
      [
        { name: '华通科技', phone_norm: '+861088886666', notes: '两行\r\n备注' },
        { name: '锦程餐饮', phone_norm: '+8613912345678', notes: null },
      ],
    );
    expect(raw.prepare('SELECT name, phone_norm, is_primary FROM contacts').all()).toEqual([
      { name: '张伟', phone_norm: '+8613800138000', is_primary: 1 },
    ]);
    expect(raw.prepare('SELECT name FROM tags ORDER BY name').pluck().all()).toEqual([
      'VIP',
      '制造',
    ]);
    expect(raw.prepare('SELECT count(*) FROM customer_tags').pluck().get()).toBe(3);
    const rejected = readFileSync(rejectedPath, 'utf8');
    expect(rejected.startsWith('\uFEFF客户名称,手机')).toBe(true);
    expect(rejected).toContain('宏达物流,1.38001E+10');
    // A stray-quote row comes back as its raw text in the first column, to be fixed by hand.
    expect(rejected).toContain('"""坏""行,13900000000,,,,,,"');
    // The fixed file goes straight back in: the reason columns are not mapped.
    const fixed = file(
      'fixed.csv',
      rejected
        .replace('1.38001E+10', '13800138001')
        .replace('"""坏""行,13900000000,,,,,,"', '坏行'),
    );
    const again = await importFile(fixed);
    expect(again).toMatchObject({ created: 2, rejected: 0 });
    expect(names()).toContain('宏达物流');
    const progress = ctx.events.filter((e) => e.event === 'job.progress');
    expect(progress.at(-1)?.payload).toMatchObject({ finished: true, error: null });
    expect(ctx.events.some((e) => e.event === 'data.changed')).toBe(true);
  });

  it('matches duplicates on phone, e-mail, or name + company, in the database and in the file', async () => {
    await ctx.call('customers.create', { name: '张伟', phone: '13800138000' });
    await ctx.call('customers.create', { name: '李娜', email: 'Lina@Example.com' });
    await ctx.call('customers.create', { name: '王芳', company: '宏达物流' });
    const csv =
      '名称,手机,邮箱,公司,备注\n' +
      '张三,+86 138-0013-8000,,,按电话\n' +
      '李娜娜,,lina@example.COM,,按邮箱\n' +
      '王芳,,,宏达物流,按名称公司\n' +
      '新客户,13700000000,,,新\n' +
      '新客户二,13700000000,,,文件内重复\n';
    const skip = await importFile(file('d1.csv', csv), { duplicates: 'skip' });
    expect(skip).toMatchObject({ created: 1, skipped: 4 });
    const update = await importFile(file('d2.csv', csv), { duplicates: 'update' });
    expect(update).toMatchObject({ created: 0, updated: 5 });
    expect(ctx.db.raw.prepare('SELECT name, notes FROM customers ORDER BY seq').all()).toEqual([
      { name: '张三', notes: '按电话' },
      { name: '李娜娜', notes: '按邮箱' },
      { name: '王芳', notes: '按名称公司' },
      { name: '新客户二', notes: '文件内重复' },
    ]);
    const create = await importFile(file('d3.csv', csv), { duplicates: 'create' });
    expect(create).toMatchObject({ created: 5 });
    expect(names()).toHaveLength(9);
  });

  it('leaves the database exactly as before on a cancel', async () => {
    await ctx.call('customers.create', { name: '原有客户' });
    const before = dumpData(ctx.db.raw);
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `客户${i},1380000${String(i).padStart(4, '0')}`,
    );
    const path = file('big.csv', `名称,手机\n${rows.join('\n')}\n`);
    const { jobId } = await ctx.call<{ jobId: string }>('import.run', {
      path,
      mapping: ['name', 'phone'],
      duplicates: 'create',
    });
    expect(await ctx.call('import.cancel', { jobId })).toEqual({ cancelled: true });
    const state = await new Promise((resolve) => {
      const check = (): void => {
        const done = ctx.events.find(
          (e) => e.event === 'job.result' && (e.payload as { jobId: string }).jobId === jobId,
        );
        if (done) resolve(done.payload);
        else setImmediate(check);
      };
      check();
    });
    expect(state).toMatchObject({
      state: 'cancelled',
      error: { message: 'errors.jobs.cancelled' },
    });
    expect(dumpData(ctx.db.raw)).toEqual(before);
  });

  it('refuses a mapping that does not fit the file, and a second job while one runs', async () => {
    const path = file('m.csv', 'a,b\n1,2\n');
    const state = await ctx.job('import.run', { path, mapping: ['name'], duplicates: 'skip' });
    expect(state).toMatchObject({
      state: 'failed',
      error: { message: 'errors.import.mappingMismatch' },
    });
    const first = await ctx.dispatch('import.run', {
      path,
      mapping: ['name', 'notes'],
      duplicates: 'skip',
    });
    const second = await ctx.dispatch('import.run', {
      path,
      mapping: ['name', 'notes'],
      duplicates: 'skip',
    });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.jobs.busy' },
    });
    if (first.ok) {
      const id = (first.value as { jobId: string }).jobId;
      await new Promise<void>((resolve) => {
        const check = (): void => {
          if (
            ctx.events.some(
              (e) => e.event === 'job.result' && (e.payload as { jobId: string }).jobId === id,
            )
          )
            resolve();
          else setImmediate(check);
        };
        check();
      });
    }
  });

  it('reads Google Contacts first/last names into a person customer', async () => {
    const path = file(
      'google.csv',
      'First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name\n' +
        'Anna,Schmidt,anna@example.de,+49 30 1234567,ACME\n伟,张,zw@example.cn,13800138000,\n',
    );
    await importFile(path);
    expect(
      ctx.db.raw.prepare('SELECT kind, name, company FROM customers ORDER BY seq').all(),
    ).toEqual([
      { kind: 'person', name: 'Anna Schmidt', company: 'ACME' },
      { kind: 'person', name: '张伟', company: null },
    ]);
  });
});
