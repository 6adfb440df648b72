import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openDatabase, type Db } from '../../db/open-database';
import { CsvReader, isRecordError, type CsvItem } from '../../main/services/import/csv-reader';
import { runImport } from '../../main/services/import/import-run';
import { suggestMapping } from '../../main/services/import/header-mapping';
import { sniffFile } from '../../main/services/import/import-preview';
import { AppError } from '../../main/services/errors';
import { JobCancelledError } from '../../main/jobs/job-control';

/** Cheap but change-sensitive: row counts and a checksum over every user-visible column. */
function fingerprint(db: Db): unknown {
  return db.raw
    .prepare(
      `SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM contacts) AS contacts,
         (SELECT count(*) FROM tags) AS tags, (SELECT count(*) FROM customer_tags) AS links,
         (SELECT count(*) FROM settings) AS settings, (SELECT max(seq) FROM customers) AS seq,
         (SELECT total(length(id || name || ifnull(phone, '') || ifnull(email, '') || ifnull(notes, '') || updated_at)) FROM customers) AS sum,
         (SELECT group_concat(value) FROM settings) AS mappings`,
    )
    .get();
}

// Seeded fuzzing: thousands of randomly broken CSV files. The reader must never throw and must
// name a plausible line for every record and error; a full import must either commit exactly
// what its report says or (on failure or cancel) leave the database untouched.

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['张伟', '王芳', '华通科技有限公司', 'ACME, Inc.', '李"娜"', '=1+1', '＠宏达', ''];
const PHONES = [
  '13800138000',
  '+86 139-1234-5678',
  '1.38001E+10',
  '０１０-８８８８６６６６',
  'abc',
  '',
];
const EMAILS = ['a@b.cn', 'bad@', '', 'X@Example.COM'];
const NOISE = ['"', '""', ',', ';', '\t', '\r', '\n', '\r\n', '\uFEFF', '|', ' ', '\u0000', '你'];

function brokenCsv(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const lines = ['名称,手机,邮箱,备注'];
  const rows = 1 + Math.floor(r() * 30);
  for (let i = 0; i < rows; i++) {
    const cells = [pick(NAMES), pick(PHONES), pick(EMAILS), `备注${i}`];
    const quoted = cells.map((c) => (r() < 0.3 ? `"${c.replace(/"/g, '""')}"` : c));
    if (r() < 0.2) quoted.push('多余');
    if (r() < 0.2) quoted.pop();
    lines.push(quoted.join(','));
  }
  let text = lines.join(pick(['\n', '\r\n', '\r']));
  const mutations = Math.floor(r() * 6);
  for (let m = 0; m < mutations; m++) {
    const at = Math.floor(r() * (text.length + 1));
    if (r() < 0.7) text = text.slice(0, at) + pick(NOISE) + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 5));
  }
  return text;
}

function readAll(text: string, chunk: number): CsvItem[] {
  const items: CsvItem[] = [];
  const reader = new CsvReader(',', (i) => items.push(i));
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return items;
}

describe('CSV fuzzing', () => {
  it('3000 broken files: no crash, every record and error names an increasing, real line', () => {
    const r = rng(20260315);
    const bad: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const text = brokenCsv(r);
      const physical = text.split(/\r\n|\r|\n/).length;
      const items = readAll(text, 1 + Math.floor(r() * 64));
      let last = 0;
      for (const item of items) {
        if (item.line <= last || item.line > physical) bad.push(`file ${n}: line ${item.line}`);
        last = item.line;
      }
      // Chunking never changes the outcome.
      if (JSON.stringify(readAll(text, 1 << 20)) !== JSON.stringify(items)) bad.push(`file ${n}`);
    }
    expect(bad).toEqual([]);
  });

  describe('full imports of broken files', () => {
    let dir: string;
    let db: Db;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kemai-fuzz-'));
      db = await openDatabase(join(dir, 'fuzz.db'));
    });
    afterAll(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('200 files: the database changes by exactly what the report says, or not at all', () => {
      const r = rng(42);
      for (let n = 0; n < 200; n++) {
        const text = brokenCsv(r);
        const path = join(dir, `f${n}.csv`);
        writeFileSync(path, r() < 0.3 ? iconv.encode(text, 'gb18030') : text);
        const before = fingerprint(db);
        const count = () => Number(db.raw.prepare('SELECT count(*) FROM customers').pluck().get());
        const start = count();
        let mapping: ReturnType<typeof suggestMapping>;
        try {
          const sniffed = sniffFile(path);
          const head = readAll(sniffed.sample, 1 << 20)[0];
          mapping = suggestMapping(
            head && !isRecordError(head) ? head.fields.map((f) => f ?? '') : [],
          );
        } catch {
          continue;
        }
        const cancelAt = r() < 0.2 ? 1 : Infinity;
        let calls = 0;
        try {
          const report = runImport(
            db.raw,
            { path, mapping, duplicates: n % 3 === 0 ? 'skip' : n % 3 === 1 ? 'update' : 'create' },
            { progress: () => undefined, cancelled: () => ++calls >= cancelAt },
            '2026-03-15T08:00:00.000Z',
          );
          expect(report.created + report.updated + report.skipped + report.rejected).toBe(
            report.rows,
          );
          expect(count() - start).toBe(report.created);
          const physical = text.split(/\r\n|\r|\n/).length;
          for (const rej of report.rejectedSample) {
            expect(rej.line).toBeGreaterThan(1);
            expect(rej.line).toBeLessThanOrEqual(physical);
          }
        } catch (error) {
          expect(error instanceof AppError || error instanceof JobCancelledError).toBe(true);
          expect(fingerprint(db)).toEqual(before);
        }
        expect(db.raw.inTransaction).toBe(false);
      }
      expect(db.raw.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  });
});
