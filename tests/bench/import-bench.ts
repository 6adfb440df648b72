// Import / export / backup at scale, each beside a raw baseline measured in the same run.
// Jobs run in a child process through the real worker CLI (out/main/worker.cjs) so their peak
// RSS is their own. Called from bench.ts (`--data-only` runs just this part).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { openDatabase } from '../../db/open-database';
import { newId } from '../../db/ids';
import {
  prepareCustomerInsert,
  type BulkCustomerRow,
} from '../../db/repositories/customers-bulk.repository';
import { createSampleGenerator, type SampleCustomer } from '../../main/sample/sample-generator';
import { pinyinKeys } from '../../main/services/pinyin-keys';
import { normalizePhone } from '../../shared/domain/phone';
import { CsvFileWriter } from '../../main/services/export/csv-write';
import type { JobSpec } from '../../main/jobs/job-protocol';
import type { ImportMapping } from '../../shared/domain/import';

const HEADERS = [
  '客户名称',
  '类型',
  '手机',
  '邮箱',
  '公司',
  '行业',
  '阶段',
  '等级',
  '负责人',
  '省',
  '市',
  '区',
  '地址',
  '标签',
];
const MAPPING: ImportMapping = [
  'name',
  'kind',
  'phone',
  'email',
  'company',
  'industry',
  'stage',
  'tier',
  'owner',
  'province',
  'city',
  'district',
  'address',
  'tags',
];

function cells(s: SampleCustomer): string[] {
  return [
    s.name,
    s.kind,
    s.phone,
    s.email ?? '',
    s.company ?? '',
    s.industry,
    s.stage,
    s.tier,
    s.owner,
    s.province,
    s.city,
    s.district,
    s.address,
    s.tags.join('、'),
  ];
}

function freshDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

interface ChildOutcome {
  result: Record<string, unknown>;
  ms: number;
  peakRssMb: number;
}

function runChild(spec: JobSpec, worker: string): Promise<ChildOutcome> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [worker, '--job', JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result: Record<string, unknown> | null = null;
    let peak = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = JSON.parse(line) as {
        type: string;
        result?: Record<string, unknown>;
        maxRssMb?: number;
        message?: string;
        detail?: string;
      };
      if (m.type === 'result' && m.result) result = m.result;
      if (m.type === 'stats') peak = m.maxRssMb ?? 0;
      if (m.type === 'error') reject(new Error(`${m.message}: ${m.detail}`));
    });
    child.on('exit', () => {
      if (result)
        resolvePromise({ result, ms: Math.round(performance.now() - started), peakRssMb: peak });
      else reject(new Error('job process ended without a result'));
    });
  });
}

/** The 1, 5 and 15 minute load averages: the machine is shared, so figures need them beside. */
function load(): number[] {
  return loadavg().map((l) => Math.round(l * 100) / 100);
}

export async function runDataBench(rows: number): Promise<Record<string, unknown>> {
  const loadAtStart = load();
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const worker = resolve(__dirname, '../main/worker.cjs');
  if (!existsSync(worker)) throw new Error(`build the worker first: ${worker}`);
  const csv = resolve(dir, `bench-import-${rows}.csv`);
  const rawPath = resolve(dir, `bench-raw-${rows}.db`);
  const dbPath = resolve(dir, `bench-import-${rows}.db`);
  const now = new Date().toISOString();

  // The file: realistic Chinese rows from the sample generator.
  const next = createSampleGenerator(777);
  const writer = new CsvFileWriter(csv, { bom: true });
  writer.writeRow(HEADERS);
  for (let i = 0; i < rows; i++) writer.writeRow(cells(next(i)));
  writer.close();
  const fileMb = Math.round(statSync(csv).size / 1e5) / 10;

  // Raw baseline: the same rows (derived keys computed outside the timing) inserted with
  // prepared statements in one transaction, tags included.
  freshDb(rawPath);
  const raw = await openDatabase(rawPath);
  const insert = prepareCustomerInsert(raw.raw);
  const tagIds = new Map<string, string>();
  const insertTag = raw.raw.prepare(
    `INSERT INTO tags (id, name, color, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)`,
  );
  const link = raw.raw.prepare(
    `INSERT INTO customer_tags (customer_id, tag_id, created_at) VALUES (?, ?, ?)`,
  );
  const gen = createSampleGenerator(777);
  let rawMs = 0;
  raw.raw.exec('BEGIN');
  for (let start = 0; start < rows; start += 20_000) {
    const batch: [BulkCustomerRow, string[]][] = [];
    for (let i = start; i < Math.min(rows, start + 20_000); i++) {
      const s = gen(i);
      const keys = pinyinKeys(s.name, s.kind === 'person');
      batch.push([
        {
          id: newId(),
          kind: s.kind,
          name: s.name,
          name_pinyin: keys.full,
          name_initials: keys.initials,
          phone: s.phone,
          phone_norm: normalizePhone(s.phone),
          email: s.email,
          email_norm: s.email?.toLowerCase() ?? null,
          company: s.company,
          title: null,
          industry: s.industry,
          size: null,
          source: null,
          stage: s.stage,
          tier: s.tier,
          owner: s.owner,
          province: s.province,
          city: s.city,
          district: s.district,
          address: s.address,
          lat: null,
          lng: null,
          birthday: null,
          gender: null,
          notes: null,
          custom: '{}',
          last_contact_at: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        },
        s.tags,
      ]);
    }
    const t = performance.now();
    for (const [row, tags] of batch) {
      insert(row);
      for (const tag of tags) {
        let id = tagIds.get(tag);
        if (!id) {
          id = newId();
          insertTag.run(id, tag, now, now);
          tagIds.set(tag, id);
        }
        link.run(row.id, id, now);
      }
    }
    rawMs += performance.now() - t;
  }
  const c = performance.now();
  raw.raw.exec('COMMIT');
  rawMs += performance.now() - c;
  await raw.close();

  // Phases are logged as they finish: a million-row run takes a while on a busy machine.
  process.stderr.write(`data bench: raw insert ${Math.round(rawMs)} ms\n`);
  freshDb(dbPath);
  await (await openDatabase(dbPath)).close();
  const base = {
    dbPath,
    dataDir: dir,
    appVersion: 'bench',
    now,
    snapshotFolder: resolve(dir, 'bench-snapshots'),
  };
  const imported = await runChild(
    { ...base, kind: 'import', input: { path: csv, mapping: MAPPING, duplicates: 'create' } },
    worker,
  );
  process.stderr.write(`data bench: import ${JSON.stringify(imported)}\n`);
  const exportPath = resolve(dir, `bench-export-${rows}.csv`);
  const exported = await runChild({ ...base, kind: 'export', input: { path: exportPath } }, worker);
  const archive = resolve(dir, `bench-${rows}.kemai-backup`);
  process.stderr.write(`data bench: export ${JSON.stringify(exported)}\n`);
  const backedUp = await runChild({ ...base, kind: 'backup', input: { path: archive } }, worker);
  process.stderr.write(`data bench: backup ${JSON.stringify(backedUp)}\n`);
  const restored = await runChild({ ...base, kind: 'restore', input: { path: archive } }, worker);
  process.stderr.write(`data bench: restore ${JSON.stringify(restored)}\n`);
  // The restore's safety snapshot is a full copy of the database: not kept run after run.
  const safety = restored.result['safetySnapshot'];
  if (typeof safety === 'string') rmSync(safety, { force: true });
  const importMs = Number(imported.result['ms']);
  return {
    machine: { cpus: cpus().length, loadAtStart, loadAtEnd: load() },
    import: {
      rows,
      fileMb,
      ms: importMs,
      rowsPerSec: Math.round(rows / (importMs / 1000)),
      processMs: imported.ms,
      peakRssMb: imported.peakRssMb,
      created: imported.result['created'],
      rejected: imported.result['rejected'],
      raw: { ms: Math.round(rawMs), rowsPerSec: Math.round(rows / (rawMs / 1000)) },
      ratioToRaw: Math.round((importMs / rawMs) * 100) / 100,
      budget: { ratioToRaw: 2, peakRssMb: 400 },
    },
    export: {
      rows: exported.result['rows'],
      ms: exported.result['ms'],
      peakRssMb: exported.peakRssMb,
      budgetMs: 10_000,
    },
    backup: {
      createMs: backedUp.result['ms'],
      bytes: backedUp.result['bytes'],
      createPeakRssMb: backedUp.peakRssMb,
      restoreMs: restored.result['ms'],
      restorePeakRssMb: restored.peakRssMb,
    },
  };
}
