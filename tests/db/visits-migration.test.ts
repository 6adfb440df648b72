import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { migrations } from '../../db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-visits-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const NOW = '2026-03-15T08:00:00.000Z';
const index = migrations.findIndex((m) => m.name === '0003-visits');

function plan(db: Awaited<ReturnType<typeof openDatabase>>, query: string): string {
  const rows = db.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('migration 0003 (visits) from the schema before it', () => {
  it('keeps customers, adds visits, and keeps last_visit_at in step by triggers', async () => {
    expect(index).toBeGreaterThan(0);
    const path = join(dir, 'old.db');
    const old = await openDatabase(path, { migrations: migrations.slice(0, index) });
    old.raw
      .prepare(
        `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier, created_at, updated_at)
         VALUES ('c1', 'person', '张伟', 'zhangwei', 'zw', 'active', 'vip', ?, ?)`,
      )
      .run(NOW, NOW);
    await old.close();

    const db = await openDatabase(path);
    expect(db.schemaVersion()).toBe(migrations.length);
    expect(db.raw.prepare(`SELECT name, last_visit_at FROM customers`).get()).toEqual({
      name: '张伟',
      last_visit_at: null,
    });
    const insert = db.raw.prepare(
      `INSERT INTO visits (id, customer_id, planned_at, status, checked_in_at, created_at, updated_at)
       VALUES (?, 'c1', ?, ?, ?, ?, ?)`,
    );
    insert.run('v1', '2026-03-10T01:00:00.000Z', 'planned', null, NOW, NOW);
    insert.run('v2', '2026-03-12T01:00:00.000Z', 'planned', null, NOW, NOW);
    const last = (): unknown =>
      db.raw.prepare(`SELECT last_visit_at FROM customers WHERE id = 'c1'`).pluck().get();
    expect(last()).toBeNull();
    db.raw
      .prepare(`UPDATE visits SET status = 'done', checked_in_at = ? WHERE id = 'v1'`)
      .run('2026-03-10T02:00:00.000Z');
    expect(last()).toBe('2026-03-10T02:00:00.000Z');
    db.raw.prepare(`UPDATE visits SET status = 'done' WHERE id = 'v2'`).run();
    expect(last()).toBe('2026-03-12T01:00:00.000Z');
    db.raw.prepare(`UPDATE visits SET deleted_at = ? WHERE id = 'v2'`).run(NOW);
    expect(last()).toBe('2026-03-10T02:00:00.000Z');

    expect(() => insert.run('v3', NOW, 'maybe', null, NOW, NOW)).toThrow(/CHECK/);
    expect(() =>
      db.raw
        .prepare(
          `INSERT INTO visits (id, customer_id, planned_at, lat, lng, created_at, updated_at)
           VALUES ('v4', 'c1', ?, 91, 0, ?, ?)`,
        )
        .run(NOW, NOW, NOW),
    ).toThrow(/CHECK/);
    await db.close();
  });

  it('answers the week view and the suggestions from indexes', async () => {
    const db = await openDatabase(':memory:');
    expect(
      plan(
        db,
        `SELECT * FROM visits WHERE planned_at >= '2026-03-16' AND planned_at < '2026-03-23'
         AND deleted_at IS NULL ORDER BY planned_at, seq LIMIT 2001`,
      ),
    ).toMatch(/USING INDEX ix_visits_planned/);
    const suggest = plan(
      db,
      `SELECT id FROM customers c WHERE c.tier = 'vip' AND c.deleted_at IS NULL
         AND coalesce(c.last_visit_at, c.created_at) < '2026-03-01'
         AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = c.id AND v.deleted_at IS NULL
           AND v.status = 'planned' AND v.planned_at >= '2026-03-15')
       ORDER BY coalesce(c.last_visit_at, c.created_at), c.id LIMIT 200`,
    );
    expect(suggest).toMatch(/USING INDEX ix_customers_visit_due/);
    expect(suggest).toMatch(/ix_visits_customer/);
    expect(suggest).not.toMatch(/TEMP B-TREE/);
    await db.close();
  });
});
