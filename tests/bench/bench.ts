// `npm run bench [-- --rows N] [--fresh]`: customer list and search at scale through the real
// dispatch, each beside the same query in raw better-sqlite3, measured in the same run.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../db/open-database';
import { createHandlers } from '../../main/handlers';
import { createDispatch } from '../../main/ipc/dispatch';
import { systemClock } from '../../main/services/clock';
import { loadSampleData } from '../../main/services/sample.service';
import type { CustomerListOutput } from '../../shared/domain/customer';
import { stats, timeMany } from './stats';
import { runDataBench } from './import-bench';
import { benchReminders } from './reminders-bench';
import { benchVisits } from './visits-bench';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const ROWS = Number(arg('--rows', '1000000'));
const FRESH = process.argv.includes('--fresh');
const REPEAT = Number(arg('--repeat', '30'));

const QUERIES = {
  zh2: ['张伟', '王芳', '李明', '刘洋', '华通', '宏达', '陈静', '贸易'],
  zh3: ['华通科', '宏达物', '人民路', '张伟强', '锦程餐', '成都市', '有限责'],
  initials: ['zw', 'wf', 'lm', 'cj', 'lyy', 'zxm'],
  pinyin: ['zhangwei', 'wangfang', 'liuyang', 'chenjing'],
  phone: ['1380013', '13912', '0013', '8899', '186555'],
};

async function main(): Promise<void> {
  // --data-only: just import / export / backup (see import-bench.ts); --skip-data: without them.
  if (process.argv.includes('--data-only')) {
    console.log(JSON.stringify({ rows: ROWS, ...(await runDataBench(ROWS)) }, null, 2));
    return;
  }
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const path = resolve(arg('--db', resolve(dir, `bench-${ROWS}.db`)));
  // --visits-only: just the visit plans bench, on its own copy of --db (see visits-bench.ts).
  if (process.argv.includes('--visits-only')) {
    console.log(JSON.stringify({ visits: await benchVisits(path, ROWS, REPEAT) }, null, 2));
    return;
  }
  // --reminders-only: counts, Today and rule runs, on its own copy of --db (reminders-bench.ts).
  if (process.argv.includes('--reminders-only')) {
    console.log(JSON.stringify({ reminders: await benchReminders(path, ROWS, REPEAT) }, null, 2));
    return;
  }
  if (FRESH && existsSync(path))
    for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  const seeded = existsSync(path);
  const t0 = performance.now();
  const db = await openDatabase(path);
  const openMs = performance.now() - t0;
  const emit = (): void => undefined;
  let seedMs: number | null = null;
  if (!seeded) {
    const s = performance.now();
    loadSampleData(
      { db, clock: systemClock, emit },
      {
        count: ROWS,
        withRelated: false,
        onProgress: (done) => {
          if (done % 100_000 === 0) process.stderr.write(`seeded ${done}\n`);
        },
      },
    );
    db.raw.pragma('optimize');
    seedMs = performance.now() - s;
  }
  const dispatch = createDispatch(
    createHandlers({ db, clock: systemClock, emit, appVersion: 'bench' }),
  );
  const list = async (input: unknown): Promise<CustomerListOutput> => {
    const r = await dispatch('customers.list', input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as CustomerListOutput;
  };

  // Cold start: open an existing file and fetch the first page, as the app does at launch.
  await db.close();
  const c0 = performance.now();
  const db2 = await openDatabase(path);
  const dispatch2 = createDispatch(
    createHandlers({ db: db2, clock: systemClock, emit, appVersion: 'bench' }),
  );
  await dispatch2('customers.list', { limit: 100 });
  const coldStartMs = performance.now() - c0;
  await db2.close();

  const db3 = await openDatabase(path);
  const d3 = createDispatch(
    createHandlers({ db: db3, clock: systemClock, emit, appVersion: 'bench' }),
  );
  const list3 = async (input: unknown): Promise<CustomerListOutput> => {
    const r = await d3('customers.list', input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as CustomerListOutput;
  };
  void list;
  const raw = db3.raw;
  const rawFirst = raw.prepare(
    `SELECT seq, id, kind, name, phone, email, company, industry, stage, tier, owner, province, city, district,
       last_contact_at, created_at, updated_at, deleted_at FROM customers WHERE deleted_at IS NULL
     ORDER BY updated_at DESC, seq DESC LIMIT 101`,
  );
  const rawCount = raw.prepare(`SELECT value FROM counters WHERE name = 'customers.live'`).pluck();
  const rawNext = raw.prepare(
    `SELECT seq, id, name, company, updated_at FROM customers WHERE deleted_at IS NULL
       AND (updated_at, seq) < (?, ?) ORDER BY updated_at DESC, seq DESC LIMIT 101`,
  );
  const rawFts = raw.prepare(`SELECT c.seq, c.id, c.name FROM customers c WHERE c.seq IN
    (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT 2001) AND c.deleted_at IS NULL LIMIT 100`);
  const rawGram = raw.prepare(`SELECT c.seq, c.id, c.name FROM customers c WHERE c.seq IN
    (SELECT rowid FROM customer_grams WHERE customer_grams MATCH ? LIMIT 2001) AND c.deleted_at IS NULL LIMIT 100`);
  const rawInitials =
    raw.prepare(`SELECT seq, id, name FROM customers WHERE name_initials >= ? AND name_initials < ?
    AND deleted_at IS NULL LIMIT 100`);

  const first = await list3({ limit: 100 });
  const firstPage = stats(await timeMany(REPEAT, () => list3({ limit: 100 })));
  const firstPageRaw = stats(await timeMany(REPEAT, () => [rawFirst.all(), rawCount.get()]));
  const cursor = first.nextCursor;
  const nextPage = stats(await timeMany(REPEAT, () => list3({ limit: 100, cursor })));
  const lastRow = rawFirst.all().at(-1) as { updated_at: string; seq: number } | undefined;
  const nextPageRaw = stats(
    await timeMany(REPEAT, () => rawNext.all(lastRow?.updated_at, lastRow?.seq)),
  );
  const sorted = stats(
    await timeMany(REPEAT, () => list3({ limit: 100, sort: { field: 'name', dir: 'asc' } })),
  );
  const filtered = stats(
    await timeMany(REPEAT, () => list3({ limit: 100, filter: { tier: 'vip', city: '成都市' } })),
  );

  const search: Record<string, unknown> = {};
  const cycle = async (qs: string[], fn: (q: string) => unknown): Promise<number[]> => {
    const samples: number[] = [];
    for (let r = 0; r < Math.ceil(REPEAT / qs.length) + 2; r++) {
      for (const q of qs) samples.push(...(await timeMany(1, () => fn(q))));
    }
    return samples;
  };
  const phrase = (q: string): string => `"${q}"`;
  const rawFor: Record<keyof typeof QUERIES, (q: string) => unknown> = {
    zh2: (q) => rawGram.all(phrase(q)),
    zh3: (q) => rawFts.all(phrase(q)),
    initials: (q) => rawInitials.all(q, `${q}\u{10FFFF}`),
    pinyin: (q) => rawFts.all(phrase(q)),
    phone: (q) => rawFts.all(phrase(q)),
  };
  for (const [kind, qs] of Object.entries(QUERIES) as [keyof typeof QUERIES, string[]][]) {
    const hits: Record<string, number> = {};
    for (const q of qs) hits[q] = (await list3({ query: q, limit: 100 })).total;
    search[kind] = {
      handler: stats(await cycle(qs, (q) => list3({ query: q, limit: 100 }))),
      raw: stats(await cycle(qs, rawFor[kind])),
      matches: hits,
    };
  }
  const result = {
    rows: ROWS,
    seedMs: seedMs === null ? null : Math.round(seedMs),
    seedRowsPerSec: seedMs === null ? null : Math.round(ROWS / (seedMs / 1000)),
    openMs: Math.round(openMs),
    coldStartFirstPageMs: Math.round(coldStartMs),
    total: first.total,
    listFirstPage: { handler: firstPage, raw: firstPageRaw, budgetMs: 50 },
    listNextPage: { handler: nextPage, raw: nextPageRaw },
    listSortedByName: { handler: sorted },
    listFilteredVipChengdu: { handler: filtered },
    search: { ...search, budgetP95Ms: 20 },
    peakRssMb: Math.round(process.memoryUsage().rss / 1e6),
  };
  // --customers-only: just the list and search figures above.
  if (process.argv.includes('--customers-only')) {
    console.log(JSON.stringify(result, null, 2));
    await db3.close();
    return;
  }
  // Reminders run on their own copy of this database (see reminders-bench.ts).
  const reminders = await benchReminders(path, ROWS, REPEAT);
  const visits = await benchVisits(path, ROWS, REPEAT);
  console.log(JSON.stringify({ ...result, reminders, visits }, null, 2));
  await db3.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
