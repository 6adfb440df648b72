// Visit plans at scale, run by bench.ts (or alone with `--visits-only`): the week view over
// 200,000 visits, a 50-stop route, and cadence suggestions over every customer. The seeded
// database is cached (.tmp/bench-visits-v2-<rows>.db, made once by VACUUM INTO from the bench
// database) and never written after that: each run migrates and measures a copy of it.
import { constants, copyFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { newId } from '../../db/ids';
import { openDatabase, type Db } from '../../db/open-database';
import { createHandlers } from '../../main/handlers';
import { createDispatch } from '../../main/ipc/dispatch';
import { systemClock } from '../../main/services/clock';
import { heuristicRoute, planRoute } from '../../main/services/visits/routing';
import { stats, timeMany } from './stats';
import { benchSuggest } from './visits-suggest-bench';

const VISITS = 200_000;
const DAY = 86_400_000;
const PAST_DAYS = 4 * 365;
const FUTURE_DAYS = 8 * 7;

/** The cached seeded database (made once), then a private copy of it to migrate and measure. */
async function workingCopy(sourcePath: string, rows: number): Promise<{ db: Db; openMs: number }> {
  const cache = resolve('.tmp', `bench-visits-v2-${rows}.db`);
  if (!existsSync(cache)) {
    const source = new BetterSqlite3(sourcePath, { readonly: true });
    source.prepare('VACUUM INTO ?').run(cache);
    source.close();
    const seeding = await openDatabase(cache);
    seedVisits(seeding);
    await seeding.close();
  }
  const work = resolve('.tmp', `bench-visits-work-${rows}-${process.pid}.db`);
  // A reflink where the file system has them, else a byte copy (the cache is closed: no WAL).
  copyFileSync(cache, work, constants.COPYFILE_FICLONE);
  const t0 = performance.now();
  const db = await openDatabase(work);
  return { db, openMs: performance.now() - t0 };
}

function removeCopy(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** 200,000 visits on random customers, four years back to eight weeks ahead; the past mostly done. */
function seedVisits(db: Db): number {
  const have = Number(db.raw.prepare('SELECT count(*) FROM visits').pluck().get());
  if (have >= VISITS) return 0;
  const maxSeq = Number(db.raw.prepare('SELECT max(seq) FROM customers').pluck().get());
  const customerAt = db.raw.prepare('SELECT id FROM customers WHERE seq >= ? LIMIT 1').pluck();
  const insert = db.raw.prepare(
    `INSERT INTO visits (id, customer_id, planned_at, duration_min, purpose, lat, lng, status,
       checked_in_at, completed_at, created_at, updated_at)
     VALUES (?, ?, ?, 60, '拜访', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rnd = rng(7);
  const now = Date.now();
  db.raw.transaction(() => {
    for (let i = have; i < VISITS; i++) {
      const customer = customerAt.get(1 + Math.floor(rnd() * maxSeq)) as string;
      // Four years of history and eight weeks ahead: ~900 visits a week, a large team's load.
      const at = new Date(now + (rnd() * (PAST_DAYS + FUTURE_DAYS) - PAST_DAYS) * DAY);
      const past = at.getTime() < now;
      const r = rnd();
      const status = past ? (r < 0.7 ? 'done' : r < 0.8 ? 'cancelled' : 'planned') : 'planned';
      const iso = at.toISOString();
      const done = status === 'done' ? iso : null;
      const [lat, lng] = [30.4 + rnd() * 0.6, 103.8 + rnd() * 0.6];
      insert.run(newId(), customer, iso, lat, lng, status, done, done, iso, iso);
    }
  })();
  db.raw.pragma('optimize');
  return VISITS - have;
}

export async function benchVisits(
  sourcePath: string,
  rows: number,
  repeat: number,
): Promise<Record<string, unknown>> {
  const { db, openMs } = await workingCopy(sourcePath, rows);
  const s0 = performance.now();
  const seeded = seedVisits(db);
  const seedMs = performance.now() - s0;
  const emit = (): void => undefined;
  const dispatch = createDispatch(
    createHandlers({ db, clock: systemClock, emit, appVersion: 'bench' }),
  );
  const call = async (channel: string, input: unknown): Promise<unknown> => {
    const r = await dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };

  const from = new Date(Date.now() - 3 * DAY).toISOString();
  const to = new Date(Date.now() + 4 * DAY).toISOString();
  const weekCount = ((await call('visits.list', { from, to })) as { items: unknown[] }).items
    .length;
  const week = await timeMany(repeat, () => call('visits.list', { from, to }));
  const rawWeek = db.raw.prepare(
    `SELECT v.*, c.name FROM visits v JOIN customers c ON c.id = v.customer_id
     WHERE v.planned_at >= ? AND v.planned_at < ? AND v.deleted_at IS NULL
     ORDER BY v.planned_at, v.seq LIMIT 2001`,
  );
  const weekRaw = await timeMany(repeat, () => rawWeek.all(from, to));

  const rnd = rng(11);
  const stops = Array.from({ length: 50 }, () => ({
    lat: 30.4 + rnd() * 0.6,
    lng: 103.8 + rnd() * 0.6,
  }));
  const home = { lat: 30.66, lng: 104.07 };
  const route50 = await timeMany(repeat, () => heuristicRoute(home, stops));
  const exact12 = await timeMany(repeat, () => planRoute(home, stops.slice(0, 12)));

  const suggest = await benchSuggest(db, call, repeat);
  await db.close();
  removeCopy(db.path);
  return {
    customers: rows,
    visits: VISITS,
    seeded,
    seedMs: Math.round(seedMs),
    openAndMigrateCopyMs: Math.round(openMs),
    weekList: { visitsInWeek: weekCount, ms: stats(week), rawSqliteMs: stats(weekRaw) },
    route50HeuristicMs: stats(route50),
    route12ExactMs: stats(exact12),
    suggest,
  };
}
