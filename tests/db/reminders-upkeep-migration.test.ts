import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { migrations } from '../../db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-upkeep-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const T0 = '2026-01-01T08:00:00.000Z';
const T1 = '2026-02-01T08:00:00.000Z';

describe('migration 0004 (rule upkeep) from the schema before it', () => {
  it('closes follow-ups whose contact moved on, keeps the rest, and closes later ones at once', async () => {
    const path = join(dir, 'v3.db');
    const old = await openDatabase(path, { migrations: migrations.slice(0, 3) });
    expect(old.schemaVersion()).toBe(3);
    const customer = old.raw.prepare(
      `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, stage, tier,
         last_contact_at, created_at, updated_at)
       VALUES (?, 'person', ?, 'x', 'x', 'active', 'vip', ?, '${T0}', '${T0}')`,
    );
    customer.run('stale', '赵六', T1); // contacted after its follow-up was made
    customer.run('current', '钱七', null);
    const reminder = old.raw.prepare(
      `INSERT INTO reminders (id, customer_id, title, due_at, source, rule_key, created_at, updated_at)
       VALUES (?, ?, ?, '${T1}', ?, ?, '${T1}', '${T1}')`,
    );
    reminder.run(
      'r-stale',
      'stale',
      '跟进：赵六',
      'rule:no-contact',
      `rule:no-contact:stale:${T0}`,
    );
    reminder.run(
      'r-current',
      'current',
      '跟进：钱七',
      'rule:no-contact',
      `rule:no-contact:current:${T0}`,
    );
    reminder.run('r-manual', 'stale', '送合同', 'manual', null);
    await old.close();

    const db = await openDatabase(path);
    expect(db.schemaVersion()).toBe(migrations.length);
    expect(migrations[3]?.name).toBe('0004-reminder-rule-upkeep');
    const status = (id: string): unknown =>
      db.raw.prepare('SELECT status FROM reminders WHERE id = ?').pluck().get(id);
    expect(status('r-stale')).toBe('done');
    expect(status('r-current')).toBe('open');
    expect(status('r-manual')).toBe('open');
    // Existing titles are kept as written; only new rule reminders carry title parts.
    expect(
      db.raw.prepare(`SELECT title_args FROM reminders WHERE id = 'r-current'`).pluck().get(),
    ).toBeNull();

    // A contact recorded any way (here straight SQL, as an import would) ends the follow-up.
    db.raw.prepare(`UPDATE customers SET last_contact_at = ? WHERE id = 'current'`).run(T1);
    expect(status('r-current')).toBe('done');
    expect(status('r-manual')).toBe('open');
    // Other edits leave it alone.
    db.raw.prepare(`UPDATE reminders SET status = 'open' WHERE id = 'r-current'`).run();
    db.raw
      .prepare(`UPDATE customers SET name = '钱七七', last_contact_at = ? WHERE id = 'current'`)
      .run(T1);
    expect(status('r-current')).toBe('open');
    await db.close();
  });
});
