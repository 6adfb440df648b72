import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField, csvGuardedField } from '../../main/services/export/csv-write';
import { guardFormula } from '../../main/services/export/formula-guard';
import { encodeCell, encodeRow } from '../../main/services/backup/backup-values';
import { createDataContext, type DataContext } from '../fixtures/data-context';

// Export and backup write a million cells through fast paths that skip the formula guard and
// the quoting when a cell cannot need them. They must write exactly what the plain rules write.

const ALPHABET = ['a', '张', '1', ' ', '\u3000', '\u00a0', '\t', '\r', '\n', '"', ',', "'"];
const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/** Seeded strings of up to 6 characters, mostly from the characters the rules look at. */
function* trickyStrings(count: number): Generator<string> {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const chars = [...ALPHABET, ...TRIGGERS];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let n = next(7); n > 0; n--) s += chars[next(chars.length)];
    yield s;
  }
}

describe('CSV cell fast paths', () => {
  it('csvGuardedField writes what the formula guard and then quoting write', () => {
    for (const s of trickyStrings(50_000)) {
      expect(csvGuardedField(s), JSON.stringify(s)).toBe(csvField(guardFormula(s)));
      expect(csvGuardedField(s, true), JSON.stringify(s)).toBe(csvField(guardFormula(s), true));
    }
  });

  it('a backup row is encoded as its cells one by one would be', () => {
    const strings = [...trickyStrings(5_000)];
    const values: unknown[] = [null, 0, -1.5, 1e-7, 2 ** 60, BigInt(2) ** 70n, Buffer.from('ab')];
    for (let i = 0; i < strings.length; i += 5) {
      const row = [...strings.slice(i, i + 5), values[i % values.length]];
      const expected = `${row.map((v) => csvField(encodeCell(v), true)).join(',')}\r\n`;
      expect(encodeRow(row)).toBe(expected);
    }
  });
});

describe('export.customers cells', () => {
  let ctx: DataContext;
  beforeEach(async () => {
    ctx = await createDataContext();
  });
  afterEach(async () => {
    await ctx.close();
  });

  it('writes tags in name order (case-insensitive), each customer with its own', async () => {
    await ctx.call('customers.create', { name: '甲', tags: ['b', '张', 'A', 'C'] });
    await ctx.call('customers.create', { name: '乙' });
    await ctx.call('customers.create', { name: '丙', tags: ['C', 'b'] });
    await ctx.call('customers.create', { name: '丁', tags: ['=x', 'A'] });
    const path = join(ctx.dir, 'tags.csv');
    const state = await ctx.job('export.customers', {
      path,
      columns: ['name', 'tags'],
      headers: 'keys',
    });
    expect(state).toMatchObject({ state: 'done', result: { rows: 4 } });
    expect(readFileSync(path, 'utf8')).toBe(
      "\uFEFFname,tags\r\n甲,A、b、C、张\r\n乙,\r\n丙,b、C\r\n丁,'=x、A\r\n",
    );
  });
});
