import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openDatabase } from '../../db/open-database';
import { LATEST_SCHEMA_VERSION, migrations } from '../../db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-mig-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tables(path: string): string[] {
  const raw = new BetterSqlite3(path, { readonly: true });
  const names = raw
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  raw.close();
  return names;
}

describe('migration 0001 (from an empty file)', () => {
  it('creates every table, sets the schema version and WAL with foreign keys on', async () => {
    const path = join(dir, 'a.db');
    const db = await openDatabase(path);
    expect(db.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(db.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    await db.close();
    expect(tables(path)).toEqual(
      expect.arrayContaining([
        'contacts',
        'counters',
        'customer_grams',
        'customer_tags',
        'customers',
        'customers_fts',
        'interactions',
        'settings',
        'tags',
      ]),
    );
  });

  it('is idempotent: reopening a migrated file changes nothing and keeps data', async () => {
    const path = join(dir, 'b.db');
    const db = await openDatabase(path);
    await sql`INSERT INTO settings (key, value, updated_at) VALUES ('k', '"v"', 'now')`.execute(
      db.kysely,
    );
    await db.close();
    const again = await openDatabase(path);
    expect(again.schemaVersion()).toBe(migrations.length);
    const row = await again.kysely.selectFrom('settings').selectAll().executeTakeFirst();
    expect(row?.value).toBe('"v"');
    await again.close();
  });

  it('rolls a failing migration back whole, leaving the previous version', async () => {
    const path = join(dir, 'c.db');
    const broken = [
      ...migrations,
      {
        name: '9999-broken',
        up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
          await sql`CREATE TABLE half_done (x INTEGER)`.execute(db);
          await sql`THIS IS NOT SQL`.execute(db);
        },
      },
    ];
    await expect(openDatabase(path, { migrations: broken })).rejects.toThrow();
    const raw = new BetterSqlite3(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(path)).not.toContain('half_done');
    raw.close();
  });
});

describe('a database from a newer build', () => {
  it('is refused with a clear message and left untouched', async () => {
    const path = join(dir, 'newer.db');
    const raw = new BetterSqlite3(path);
    raw.exec('CREATE TABLE future_table (x INTEGER)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const attempt = openDatabase(path);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openDatabase(path)).rejects.toThrow(/newer version of Kemai/);
    expect(tables(path)).toEqual(['future_table']);
  });

  it('refuses a file that is not a database', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is a text file, not SQLite '.repeat(100));
    await expect(openDatabase(path)).rejects.toThrow(/not a Kemai database or is damaged/);
  });
});

describe('search index triggers', () => {
  it('keep the live counter and gram index in step with inserts, soft deletes and hard deletes', async () => {
    const db = await openDatabase(':memory:');
    const now = '2026-01-01T00:00:00.000Z';
    const insert = db.raw.prepare(
      `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier, created_at, updated_at)
       VALUES (?, 'person', ?, '', '', 'lead', 'vip', ?, ?)`,
    );
    insert.run('a', '张伟', now, now);
    insert.run('b', '李娜', now, now);
    const live = (): unknown => db.raw.prepare(`SELECT value FROM counters`).pluck().get();
    const grams = (q: string): unknown =>
      db.raw.prepare(`SELECT count(*) FROM customer_grams WHERE customer_grams MATCH ?`).pluck().get(q);
    expect(live()).toBe(2);
    expect([grams('"张伟"'), grams('"伟"'), grams('"娜"*'), grams('"李"*')]).toEqual([1, 1, 1, 1]);
    db.raw.prepare(`UPDATE customers SET deleted_at = ? WHERE id = 'a'`).run(now);
    expect(live()).toBe(1);
    db.raw.prepare(`UPDATE customers SET deleted_at = NULL WHERE id = 'a'`).run();
    expect(live()).toBe(2);
    db.raw.prepare(`DELETE FROM customers WHERE id = 'b'`).run();
    expect(live()).toBe(1);
    expect([grams('"李娜"'), grams('"张伟"')]).toEqual([0, 1]);
    await db.close();
  });
});
