// Cadence suggestions at scale, for visits-bench.ts. Warm: through the real dispatch, which
// runs them in the suggestions worker thread. Cold: a fresh worker (thread start, bundle load,
// connection open) with the database file dropped from the OS page cache first, so every page
// comes from disk. Each beside the same per-tier queries in raw better-sqlite3.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../../db/open-database';
import { defaultWorkerScript } from '../../main/jobs/worker-script';
import { workerSuggestRunner } from '../../main/services/visits/suggest-runner';
import { citySpellings } from '../../main/services/visits/suggestions';
import { DEFAULT_VISIT_SETTINGS } from '../../shared/domain/visit';
import { stats, timeMany } from './stats';

const CITY = '成都';
const LIMIT = 200;
const COLD_RUNS = 5;
const DAY = 86_400_000;

type Call = (channel: string, input: unknown) => Promise<unknown>;

/** Drops the file from the OS page cache (Linux, GNU dd) so the next read goes to the disk. */
function dropFromPageCache(path: string): boolean {
  if (process.platform !== 'linux') return false;
  return [path, `${path}-wal`]
    .filter((file) => existsSync(file))
    .every(
      (file) =>
        spawnSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']).status === 0,
    );
}

const SELECT = `SELECT c.id, c.name, c.tier, c.province, c.city, c.district, c.last_visit_at,
    coalesce(c.last_visit_at, c.created_at) AS anchor
  FROM customers c`;
const DUE = `c.deleted_at IS NULL AND coalesce(c.last_visit_at, c.created_at) < @due
    AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = c.id AND v.deleted_at IS NULL
      AND v.status = 'planned' AND v.planned_at >= @today)
  ORDER BY coalesce(c.last_visit_at, c.created_at), c.id LIMIT ${LIMIT}`;

/** The repository's queries (one per tier and city spelling), merged and cut to the limit. */
function rawSuggest(raw: BetterSqlite3.Database, city: string | null, before = false): number {
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
  // `before`: the query as it was before migration 0005 (one OR, the tier-only index).
  const sql = before
    ? `${SELECT} INDEXED BY ix_customers_visit_due
       WHERE c.tier = @tier AND (c.city = @city OR c.city = @city || '市') AND ${DUE}`
    : city === null
      ? `${SELECT} WHERE c.tier = @tier AND ${DUE}`
      : `${SELECT} WHERE c.tier = @tier AND c.city = @city AND ${DUE}`;
  const statement = raw.prepare(sql);
  const cities = city === null ? [null] : before ? [city] : citySpellings(city);
  const rows: { anchor: string }[] = [];
  for (const [tier, days] of Object.entries(DEFAULT_VISIT_SETTINGS.cadenceDays)) {
    const due = new Date(Date.now() - days * DAY).toISOString();
    for (const c of cities) {
      rows.push(...(statement.all({ tier, due, today, ...(c ? { city: c } : {}) }) as never[]));
    }
  }
  rows.sort((a, b) => a.anchor.localeCompare(b.anchor));
  return rows.slice(0, LIMIT).length;
}

async function coldRuns(path: string, run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    dropFromPageCache(path);
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * A fresh worker per call. `started`: its thread and connection already up (what visits.list
 * prepares), so only the query meets the cold disk; otherwise thread start, bundle load and
 * connection open are timed too.
 */
async function coldWorkerRuns(
  path: string,
  workerFile: string,
  input: { city?: string },
  started: boolean,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const runner = workerSuggestRunner(path, workerFile);
    if (started) await runner.prepare();
    dropFromPageCache(path);
    const start = performance.now();
    await runner.suggest(input, new Date());
    samples.push(performance.now() - start);
    await runner.close();
  }
  return samples;
}

function freshConnection(path: string, city: string | null, before = false) {
  return (): Promise<number> => {
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      return Promise.resolve(rawSuggest(raw, city, before));
    } finally {
      raw.close();
    }
  };
}

export async function benchSuggest(db: Db, call: Call, repeat: number) {
  const workerFile = join(dirname(defaultWorkerScript()), 'suggest-worker.cjs');
  const returned = ((await call('visits.suggest', {})) as { count: number }).count;
  const city = { city: CITY };
  const returnedCity = ((await call('visits.suggest', city)) as { count: number }).count;
  const warm = {
    allMs: stats(await timeMany(repeat, () => call('visits.suggest', {}))),
    cityMs: stats(await timeMany(repeat, () => call('visits.suggest', city))),
    rawSqliteAllMs: stats(await timeMany(repeat, () => rawSuggest(db.raw, null))),
    rawSqliteCityMs: stats(await timeMany(repeat, () => rawSuggest(db.raw, CITY))),
  };
  const pageCacheDropped = dropFromPageCache(db.path);
  const cold = existsSync(workerFile)
    ? {
        startedWorkerAllMs: stats(await coldWorkerRuns(db.path, workerFile, {}, true)),
        startedWorkerCityMs: stats(await coldWorkerRuns(db.path, workerFile, city, true)),
        newWorkerAllMs: stats(await coldWorkerRuns(db.path, workerFile, {}, false)),
        newWorkerCityMs: stats(await coldWorkerRuns(db.path, workerFile, city, false)),
        rawSqliteAllMs: stats(await coldRuns(db.path, freshConnection(db.path, null))),
        rawSqliteCityMs: stats(await coldRuns(db.path, freshConnection(db.path, CITY))),
        rawSqliteCityBefore0005Ms: stats(
          await coldRuns(db.path, freshConnection(db.path, CITY, true)),
        ),
      }
    : { skipped: `no worker at ${workerFile} (run scripts/build-node.mjs)` };
  return {
    offMainThread: existsSync(workerFile),
    returned,
    returnedCity,
    city: CITY,
    warm,
    cold: { pageCacheDropped, ...cold },
  };
}
