import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { createDispatch } from '../../main/ipc/dispatch';
import { createHandlers } from '../../main/handlers';
import { fixedClock } from '../helpers/test-db';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kemai-lock-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('write transactions and other connections (workers)', () => {
  it('take the write lock when they begin, so a worker commit cannot make them fail halfway', async () => {
    const path = join(dir, 'k.db');
    const db = await openDatabase(path);
    const worker = new BetterSqlite3(path);
    worker.pragma('busy_timeout = 0');
    let workerWrite: unknown = null;
    await db.kysely.transaction().execute(async (trx) => {
      await trx.selectFrom('settings').selectAll().execute();
      try {
        worker.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('w', '1', 'x')`).run();
      } catch (error) {
        workerWrite = error;
      }
      await trx
        .insertInto('settings')
        .values({ key: 'app', value: '1', updated_at: 'x' })
        .execute();
    });
    expect((workerWrite as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    const keys = await db.kysely.selectFrom('settings').select('key').execute();
    expect(keys.map((k) => k.key)).toEqual(['app']);
    worker.close();
    await db.close();
  });

  it('answer a call with a retry message while another connection holds the lock too long', async () => {
    const path = join(dir, 'busy.db');
    const db = await openDatabase(path);
    db.raw.pragma('busy_timeout = 0');
    const worker = new BetterSqlite3(path);
    worker.exec('BEGIN IMMEDIATE');
    const dispatch = createDispatch(
      createHandlers({ db, clock: fixedClock(), emit: () => undefined, appVersion: 't' }),
      { onUnexpected: () => undefined },
    );
    const result = await dispatch('customers.create', { name: '张伟' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.databaseBusy' },
    });
    worker.exec('ROLLBACK');
    worker.close();
    await db.close();
  });
});
