import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/domain/import';
import { createDataContext, type DataContext } from '../fixtures/data-context';

// The wizard's "check data" step: the sample rows are validated against the mapping the user is
// looking at, so re-matching a column shows (or clears) that column's problems at once.

let ctx: DataContext;
let path: string;
beforeEach(async () => {
  ctx = await createDataContext();
  path = join(ctx.dir, 'sheet.csv');
  writeFileSync(
    path,
    'Name,Mobile,Info\r\n' +
      'Zhang Wei,1.38001E+10,zw@example.com\r\n' +
      'Li Na,13900139000,not an email\r\n',
  );
});
afterEach(async () => {
  await ctx.close();
});

const preview = (mapping?: unknown) =>
  ctx.call<ImportPreview>('import.preview', { path, ...(mapping ? { mapping } : {}) });
const issues = (p: ImportPreview) =>
  p.rows.map((row) => row.issues.map((i) => `${i.column}:${i.message}`));

describe('import.preview with the user’s mapping', () => {
  it('checks the suggested mapping when none is given', async () => {
    const p = await preview();
    expect(p.mapping).toEqual(['name', 'phone', null]);
    expect(issues(p)).toEqual([['1:validation.phoneScientific'], []]);
  });

  it('checks the cells against the mapping the user chose instead', async () => {
    // "Info" re-matched to e-mail: its bad value is flagged; "Mobile" moved to notes: no
    // phone rule applies to it any more.
    const p = await preview(['name', 'notes', 'email']);
    expect(p.mapping).toEqual(['name', 'notes', 'email']);
    expect(p.rememberedMapping).toBe(false);
    expect(issues(p)).toEqual([[], ['2:validation.email']]);
  });

  it('falls back to the suggestion when the mapping does not fit the columns', async () => {
    const p = await preview(['name', 'email']);
    expect(p.mapping).toEqual(['name', 'phone', null]);
    expect(issues(p)).toEqual([['1:validation.phoneScientific'], []]);
  });

  it('refuses a mapping to an unknown field', async () => {
    const result = await ctx.dispatch('import.preview', {
      path,
      mapping: ['name', 'salary', null],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
