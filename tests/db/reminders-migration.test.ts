import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { migrations } from '../../db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-rem-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const NOW = '2026-03-15T08:00:00.000Z';

function plan(db: Awaited<ReturnType<typeof openDatabase>>, query: string): string {
  const rows = db.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('migration 0002 (reminders) from the schema before it', () => {
  it('keeps existing data and adds the reminders table, indexes and triggers', async () => {
    const path = join(dir, 'old.db');
    const old = await openDatabase(path, { migrations: migrations.slice(0, 1) });
    expect(old.schemaVersion()).toBe(1);
    old.raw
      .prepare(
        `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier, birthday, created_at, updated_at)
         VALUES ('c1', 'person', '张伟', 'zhangwei', 'zw', 'active', 'vip', '1990-03-18', ?, ?)`,
      )
      .run(NOW, NOW);
    await old.close();

    const db = await openDatabase(path);
    expect(db.schemaVersion()).toBe(migrations.length);
    expect(migrations[1]?.name).toBe('0002-reminders');
    const customer = await db.kysely.selectFrom('customers').selectAll().executeTakeFirst();
    expect(customer).toMatchObject({ id: 'c1', name: '张伟', birthday: '1990-03-18' });
    const counter = db.raw.prepare(`SELECT value FROM counters`).pluck().get();
    expect(counter).toBe(1);

    await db.kysely
      .insertInto('reminders')
      .values({
        id: 'r1',
        customer_id: 'c1',
        deal_id: null,
        title: '回访',
        notes: null,
        due_at: NOW,
        repeat: 'none',
        status: 'open',
        snoozed_until: null,
        completed_at: null,
        source: 'manual',
        priority: 'normal',
        rule_key: null,
        series_id: null,
        series_anchor: null,
        series_index: 0,
        notified_at: null,
        created_at: NOW,
        updated_at: NOW,
        deleted_at: null,
      })
      .execute();
    // STRICT table with checks: a bad repeat or source is refused by the database itself.
    expect(() =>
      db.raw
        .prepare(
          `INSERT INTO reminders (id, customer_id, title, due_at, repeat, source, created_at, updated_at)
           VALUES ('r2', 'c1', 't', ?, 'hourly', 'manual', ?, ?)`,
        )
        .run(NOW, NOW, NOW),
    ).toThrow(/CHECK/);
    await db.close();
  });

  it('serves the views from the expression index on coalesce(snoozed_until, due_at)', async () => {
    const db = await openDatabase(':memory:');
    const views = plan(
      db,
      `SELECT count(*) FROM reminders WHERE status = 'open' AND deleted_at IS NULL
         AND coalesce(snoozed_until, due_at) >= '2026' AND coalesce(snoozed_until, due_at) < '2027'`,
    );
    expect(views).toMatch(/ix_reminders_open_due/);
    const next = plan(
      db,
      `SELECT coalesce(snoozed_until, due_at) FROM reminders WHERE status = 'open'
         AND deleted_at IS NULL AND notified_at IS NULL ORDER BY coalesce(snoozed_until, due_at) LIMIT 1`,
    );
    expect(next).toMatch(/ix_reminders_unnotified/);
    expect(next).not.toMatch(/TEMP B-TREE/);
    await db.close();
  });

  it('hides a customer’s reminders with the customer and restores exactly those', async () => {
    const db = await openDatabase(':memory:');
    db.raw
      .exec(`INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier, created_at, updated_at)
      VALUES ('c1', 'person', '李娜', 'lina', 'ln', 'lead', 'ordinary', '${NOW}', '${NOW}')`);
    const insert = db.raw.prepare(`INSERT INTO reminders (id, customer_id, title, due_at, source,
      created_at, updated_at, deleted_at) VALUES (?, 'c1', 't', '${NOW}', 'manual', '${NOW}', '${NOW}', ?)`);
    insert.run('live', null);
    insert.run('deleted-before', '2026-01-01T00:00:00.000Z');
    const live = (): unknown[] =>
      db.raw.prepare(`SELECT id FROM reminders WHERE deleted_at IS NULL ORDER BY id`).pluck().all();
    await sql`UPDATE customers SET deleted_at = ${NOW} WHERE id = 'c1'`.execute(db.kysely);
    expect(live()).toEqual([]);
    await sql`UPDATE customers SET deleted_at = NULL WHERE id = 'c1'`.execute(db.kysely);
    expect(live()).toEqual(['live']);
    await db.close();
  });
});
