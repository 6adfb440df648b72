// Reminders at scale, run by bench.ts: counts and the Today view over 100,000 reminders, and
// rule evaluation over every customer in the rules worker while the main thread keeps
// answering IPC. Works on its own copy of the bench database, so rule runs never change the
// shared file the customer benchmarks read.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { newId } from '../../db/ids';
import { openDatabase, type Db } from '../../db/open-database';
import { createHandlers } from '../../main/handlers';
import { createDispatch } from '../../main/ipc/dispatch';
import { systemClock } from '../../main/services/clock';
import { localDayBounds, systemTimeZone } from '../../main/services/reminders/time-zone';
import { defaultWorkerFile } from '../../main/scheduler/setup';
import { createRulesRunner } from '../../main/scheduler/rules-runner';
import type { RuleRunResult } from '../../main/services/reminders/rules/run-rules';
import { stats, timeMany } from './stats';

const REMINDERS = 100_000;
const DAY = 86_400_000;

async function copyOf(sourcePath: string, rows: number): Promise<Db> {
  const path = resolve('.tmp', `bench-reminders-${rows}.db`);
  if (!existsSync(path)) {
    const source = await openDatabase(sourcePath);
    source.raw.prepare('VACUUM INTO ?').run(path);
    await source.close();
  }
  return openDatabase(path);
}

/** 100,000 reminders on random customers, due from 30 days ago to 60 days ahead; 10% done. */
function seedReminders(db: Db): number {
  const have = Number(
    db.raw.prepare(`SELECT count(*) FROM reminders WHERE rule_key LIKE 'bench:%'`).pluck().get(),
  );
  if (have >= REMINDERS) return 0;
  const maxSeq = Number(db.raw.prepare('SELECT max(seq) FROM customers').pluck().get());
  const customerAt = db.raw.prepare('SELECT id FROM customers WHERE seq >= ? LIMIT 1').pluck();
  const insert = db.raw.prepare(
    `INSERT INTO reminders (id, customer_id, title, due_at, status, completed_at, source, rule_key,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'manual', ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const now = Date.now();
  let seed = 42;
  const rnd = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  db.raw.transaction(() => {
    for (let i = have; i < REMINDERS; i++) {
      const customer = customerAt.get(1 + Math.floor(rnd() * maxSeq)) as string;
      const due = new Date(now - 30 * DAY + Math.floor(rnd() * 90 * DAY)).toISOString();
      const done = rnd() < 0.1;
      const created = new Date(now).toISOString();
      insert.run(
        newId(),
        customer,
        `回访 ${i}`,
        due,
        done ? 'done' : 'open',
        done ? created : null,
        `bench:${i}`,
        created,
        created,
      );
    }
  })();
  db.raw.pragma('optimize');
  return REMINDERS - have;
}

export async function benchReminders(
  sourcePath: string,
  rows: number,
  repeat: number,
): Promise<Record<string, unknown>> {
  const db = await copyOf(sourcePath, rows);
  const seedStart = performance.now();
  const seeded = seedReminders(db);
  const seedMs = Math.round(performance.now() - seedStart);
  const emit = (): void => undefined;
  const dispatch = createDispatch(
    createHandlers({ db, clock: systemClock, emit, appVersion: 'bench' }),
  );
  const call = async (channel: string, input?: unknown): Promise<unknown> => {
    const r = await dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const { start, end } = localDayBounds(new Date(), systemTimeZone());
  const rawCount = db.raw.prepare(
    `SELECT count(*) FROM reminders WHERE status = 'open' AND deleted_at IS NULL
       AND coalesce(snoozed_until, due_at) >= ? AND coalesce(snoozed_until, due_at) < ?`,
  );
  const views = async (): Promise<Record<string, unknown>> => ({
    counts: {
      handler: stats(await timeMany(repeat, () => call('reminders.counts'))),
      raw: stats(
        await timeMany(repeat, () => [
          rawCount.get('', start.toISOString()),
          rawCount.get(start.toISOString(), end.toISOString()),
          rawCount.get(end.toISOString(), '~'),
        ]),
      ),
      value: await call('reminders.counts'),
      budgetMs: 20,
    },
    todayFirstPage: {
      handler: stats(await timeMany(repeat, () => call('reminders.list', { view: 'today' }))),
      budgetMs: 20,
    },
    overdueFirstPage: stats(
      await timeMany(repeat, () => call('reminders.list', { view: 'overdue' })),
    ),
    upcomingFirstPage: stats(
      await timeMany(repeat, () => call('reminders.list', { view: 'upcoming' })),
    ),
  });
  const at100k = await views();

  // Rules over every customer in the worker; meanwhile the main thread times counts calls,
  // which is what "not blocking IPC" means to the user.
  const runner = createRulesRunner(db, systemClock, defaultWorkerFile(__dirname));
  const ruleRun = async (): Promise<Record<string, unknown>> => {
    const latencies: number[] = [];
    let finished = false;
    const t0 = performance.now();
    const run = runner.run().finally(() => {
      finished = true;
    });
    while (!finished) {
      const s = performance.now();
      await call('reminders.counts');
      latencies.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 5));
    }
    const result: RuleRunResult = await run;
    return {
      ms: Math.round(performance.now() - t0),
      created: result.created,
      ipcDuringRun: stats(latencies),
    };
  };
  // Default settings: at most 100 new follow-ups a day, so a backlog is spread over days.
  const firstRun = await ruleRun();
  const hourlyRun = await ruleRun();
  // The next day's full pass over every customer (the day's limit already used up today).
  db.raw.prepare(`DELETE FROM settings WHERE key = 'reminders.noContact.state'`).run();
  const fullPassRun = await ruleRun();
  // With the limit switched off: the whole backlog at once, then the full pass after it.
  await call('reminders.updateRules', { noContact: { dailyLimit: null } });
  db.raw.prepare(`DELETE FROM settings WHERE key = 'reminders.noContact.state'`).run();
  const unlimitedFirstRun = await ruleRun();
  db.raw.prepare(`DELETE FROM settings WHERE key = 'reminders.noContact.state'`).run();
  const unlimitedFullPass = await ruleRun();
  const afterRules = await views();
  await runner.close();
  // Back to the 100,000 benchmark reminders for the next run.
  db.raw.prepare(`DELETE FROM reminders WHERE source LIKE 'rule:%'`).run();
  db.raw.prepare(`DELETE FROM settings WHERE key LIKE 'reminders.%'`).run();
  await db.close();
  return {
    reminders: REMINDERS,
    seededNow: seeded,
    seedMs,
    worker: existsSync(defaultWorkerFile(__dirname)),
    at100k,
    rulesFirstRun: { ...firstRun, budgetMs: 5000 },
    rulesHourlyRun: hourlyRun,
    rulesFullPass: { ...fullPassRun, budgetMs: 5000 },
    rulesUnlimitedFirstRun: unlimitedFirstRun,
    rulesUnlimitedFullPass: { ...unlimitedFullPass, budgetMs: 5000 },
    afterUnlimitedRules: afterRules,
  };
}
