import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportMapping, ImportPreview, ImportReport } from '../../shared/domain/import';
import type { JobState } from '../../shared/domain/backup';
import { createDataContext, type DataContext } from '../fixtures/data-context';

// "Save rejected rows" after an import: main keeps them in a scratch file while the summary is
// shown, copies them where the user chooses, and the fixed file goes straight back in.

let ctx: DataContext;
beforeEach(async () => {
  ctx = await createDataContext();
});
afterEach(async () => {
  await ctx.close();
});

function file(name: string, text: string): string {
  const path = join(ctx.dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(path: string, mapping?: ImportMapping): Promise<JobState> {
  const preview = await ctx.call<ImportPreview>('import.preview', { path });
  return ctx.job('import.run', { path, mapping: mapping ?? preview.mapping, duplicates: 'skip' });
}

function report(state: JobState): ImportReport {
  if (state.result?.kind !== 'import') throw new Error(JSON.stringify(state));
  return state.result;
}

const scratchFiles = () =>
  existsSync(join(ctx.dir, 'tmp'))
    ? readdirSync(join(ctx.dir, 'tmp')).filter((n) => n.startsWith('import-rejected-'))
    : [];

const SHEET =
  '\uFEFF客户名称,手机,邮箱,来源备注\r\n' +
  '华通科技,010-8888 6666,info@huatong.cn,展会\r\n' +
  '宏达物流,1.38001E+10,,老客户介绍\r\n' +
  '锦程餐饮,13912345678,not-an-email,官网\r\n';

describe('import.saveRejected', () => {
  it('saves the rejected rows with a reason column where the user chose; the fixed file re-imports', async () => {
    // The user matched the last column by hand; the rejected-rows file keeps that matching.
    const mapping: ImportMapping = ['name', 'phone', 'email', 'notes'];
    const state = await run(file('客户.csv', SHEET), mapping);
    const first = report(state);
    expect(first).toMatchObject({ created: 1, rejected: 2, rejectedPath: null });
    expect(scratchFiles()).toHaveLength(1);

    mkdirSync(join(ctx.dir, 'docs'));
    const target = join(ctx.dir, 'docs', '未导入.csv');
    const saved = await ctx.call('import.saveRejected', { jobId: state.jobId, path: target });
    expect(saved).toEqual({ path: target, rows: 2 });
    const text = readFileSync(target, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFF客户名称,手机,邮箱,来源备注,错误原因 / Reason,原行号 / Line',
    );
    expect(text).toContain('宏达物流,1.38001E+10,,老客户介绍,');
    expect(text).toContain('科学计数法');
    expect(text).toContain('锦程餐饮,13912345678,not-an-email,官网,');

    // The user fixes both rows in Excel (the reason and line columns may stay).
    const fixed = file(
      'fixed.csv',
      text.replace('1.38001E+10', '13800138001').replace('not-an-email', 'jc@example.com'),
    );
    const preview = await ctx.call<ImportPreview>('import.preview', { path: fixed });
    expect(preview).toMatchObject({
      mapping: [...mapping, null, null],
      rememberedMapping: true,
    });
    const again = report(await run(fixed));
    expect(again).toMatchObject({ created: 2, rejected: 0 });
    const notes = ctx.db.raw.prepare('SELECT name, notes FROM customers ORDER BY seq').all() as {
      name: string;
      notes: string | null;
    }[];
    expect(notes).toEqual([
      { name: '华通科技', notes: '展会' },
      { name: '宏达物流', notes: '老客户介绍' },
      { name: '锦程餐饮', notes: '官网' },
    ]);
  });

  it('has nothing to save after an import without rejected rows, and keeps no scratch file', async () => {
    const state = await run(file('ok.csv', '客户名称,手机\r\n张伟,13800138000\r\n'));
    expect(report(state)).toMatchObject({ created: 1, rejected: 0 });
    const result = await ctx.dispatch('import.saveRejected', {
      jobId: state.jobId,
      path: join(ctx.dir, 'r.csv'),
    });
    expect(result).toMatchObject({ ok: false, error: { message: 'errors.rejectedRows.none' } });
    expect(existsSync(join(ctx.dir, 'r.csv'))).toBe(false);
    expect(scratchFiles()).toEqual([]);
  });

  it('explains an unknown import and a folder that does not exist, writing nothing', async () => {
    const unknown = await ctx.dispatch('import.saveRejected', {
      jobId: 'no-such-job',
      path: join(ctx.dir, 'r.csv'),
    });
    expect(unknown).toMatchObject({ ok: false, error: { message: 'errors.rejectedRows.none' } });

    const state = await run(file('c.csv', SHEET));
    const missing = await ctx.dispatch('import.saveRejected', {
      jobId: state.jobId,
      path: join(ctx.dir, 'no', 'such', 'folder', 'r.csv'),
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { message: 'errors.rejectedRows.folderMissing' },
    });
    const folder = await ctx.dispatch('import.saveRejected', {
      jobId: state.jobId,
      path: ctx.dir,
    });
    expect(folder).toMatchObject({ ok: false, error: { message: 'errors.rejectedRows.isFolder' } });

    // Still there to save somewhere else.
    const ok = await ctx.dispatch('import.saveRejected', {
      jobId: state.jobId,
      path: join(ctx.dir, 'r.csv'),
    });
    expect(ok.ok).toBe(true);
  });

  it('validates its input', async () => {
    for (const bad of [{ jobId: '', path: '/x.csv' }, { jobId: 'j', path: '' }, { jobId: 'j' }]) {
      const result = await ctx.dispatch('import.saveRejected', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
