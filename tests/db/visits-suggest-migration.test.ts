import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open-database';
import { migrations } from '../../db/migrations';
import { suggestVisits } from '../../main/services/visits/suggestions';
import { fixedClock } from '../helpers/test-db';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-suggest-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const NOW = '2026-03-15T08:00:00.000Z';
const index = migrations.findIndex((m) => m.name === '0005-visit-suggest-index');

function plan(db: Db, query: string): string {
  const rows = db.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

/** Customers of every spelling of 成都 and one elsewhere, written by the schema before 0005. */
function seed(db: Db): void {
  const customer = db.raw.prepare(
    `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier, city,
       created_at, updated_at)
     VALUES (?, 'person', ?, ?, ?, 'active', ?, ?, ?, ?)`,
  );
  customer.run(
    'c1',
    '成都老客',
    'chengdulaoke',
    'cdlk',
    'vip',
    '成都市',
    '2025-12-01T00:00:00.000Z',
    NOW,
  );
  customer.run(
    'c2',
    '成都新客',
    'chengduxinke',
    'cdxk',
    'vip',
    '成都',
    '2026-01-20T00:00:00.000Z',
    NOW,
  );
  customer.run(
    'c3',
    '成都已排',
    'chengduyipai',
    'cdyp',
    'vip',
    '成都市',
    '2025-01-01T00:00:00.000Z',
    NOW,
  );
  customer.run(
    'c4',
    '绵阳客户',
    'mianyangkehu',
    'mykh',
    'vip',
    '绵阳市',
    '2025-01-01T00:00:00.000Z',
    NOW,
  );
  customer.run(
    'c5',
    '成都刚访',
    'chengdugangfang',
    'cdgf',
    'vip',
    '成都市',
    '2025-01-01T00:00:00.000Z',
    NOW,
  );
  const visit = db.raw.prepare(
    `INSERT INTO visits (id, customer_id, planned_at, status, checked_in_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // c3 has a visit planned ahead; c5 was visited a week ago (within the 14-day VIP cadence).
  visit.run('v1', 'c3', '2026-03-20T02:00:00.000Z', 'planned', null, NOW, NOW);
  visit.run('v2', 'c5', '2026-03-08T02:00:00.000Z', 'done', '2026-03-08T02:00:00.000Z', NOW, NOW);
}

describe('migration 0005 (visit suggestion city index) from the schema before it', () => {
  it('keeps customers and visits, adds the index, and suggestions by city use it', async () => {
    expect(index).toBeGreaterThan(0);
    const path = join(dir, 'old.db');
    const old = await openDatabase(path, { migrations: migrations.slice(0, index) });
    expect(old.schemaVersion()).toBe(index);
    seed(old);
    await old.close();

    const db = await openDatabase(path);
    expect(db.schemaVersion()).toBe(migrations.length);
    expect(db.raw.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(5);
    expect(db.raw.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(2);
    // The 0003 trigger had already recorded c5's visit; the index reads that column.
    expect(
      db.raw.prepare(`SELECT last_visit_at FROM customers WHERE id = 'c5'`).pluck().get(),
    ).toBe('2026-03-08T02:00:00.000Z');
    const indexSql = db.raw
      .prepare(`SELECT sql FROM sqlite_master WHERE name = 'ix_customers_visit_due_city'`)
      .pluck()
      .get() as string | undefined;
    expect(indexSql).toMatch(/tier, city, coalesce\(last_visit_at, created_at\), id/);
    expect(db.raw.pragma('integrity_check', { simple: true })).toBe('ok');

    const byCity = plan(
      db,
      `SELECT c.id FROM customers c
       WHERE c.tier = 'vip' AND c.deleted_at IS NULL
         AND coalesce(c.last_visit_at, c.created_at) < '2026-03-01' AND c.city = '成都市'
         AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = c.id
           AND v.deleted_at IS NULL AND v.status = 'planned' AND v.planned_at >= '2026-03-15')
       ORDER BY coalesce(c.last_visit_at, c.created_at), c.id LIMIT 200`,
    );
    expect(byCity).toMatch(/USING INDEX ix_customers_visit_due_city/);
    expect(byCity).not.toMatch(/TEMP B-TREE/);

    const deps = { db, clock: fixedClock(NOW), emit: () => undefined };
    const names = async (city?: string): Promise<string[]> =>
      (await suggestVisits(deps, city === undefined ? {} : { city })).groups.flatMap((g) =>
        g.customers.map((c) => c.name),
      );
    // Both spellings of the city, the most overdue first; planned and recently visited left out.
    expect(await names('成都')).toEqual(['成都老客', '成都新客']);
    expect(await names('成都市')).toEqual(['成都老客', '成都新客']);
    expect(await names('绵阳')).toEqual(['绵阳客户']);
    expect(await names()).toEqual(['绵阳客户', '成都老客', '成都新客']);
    await db.close();
  });
});
