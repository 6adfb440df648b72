// Worker-thread entry (bundled to out/main/suggest-worker.cjs, beside the job and rules
// workers): answers visits.suggest on its own connection, opened on the first request and kept
// so later requests find its page cache warm. The connection is query-only: this thread never
// writes, and WAL lets it read while the main thread writes.
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from '../../../db/open-database';
import { AppError } from '../errors';
import type {
  SuggestFailure,
  SuggestReply,
  SuggestRequest,
  SuggestWorkerData,
} from './suggest-runner';
import { suggestVisits } from './suggestions';
import { readVisitSettings } from './visit-settings';

const { dbPath } = workerData as SuggestWorkerData;
let connection: Promise<Db> | null = null;

function open(): Promise<Db> {
  // openDatabase would create a missing file; a reader has nothing to read there.
  if (!existsSync(dbPath)) return Promise.reject(new Error(`no database at ${dbPath}`));
  connection ??= openDatabase(dbPath).then((db) => {
    db.raw.pragma('query_only = ON');
    return db;
  });
  // A failed open is retried on the next request rather than remembered.
  connection.catch(() => {
    connection = null;
  });
  return connection;
}

function failure(error: unknown): SuggestFailure {
  if (error instanceof AppError) {
    return { code: error.code, key: error.key, detail: error.message, issues: error.issues };
  }
  return {
    code: 'INTERNAL',
    key: 'errors.internal',
    detail: error instanceof Error ? error.message : String(error),
  };
}

async function answer(request: SuggestRequest): Promise<SuggestReply> {
  try {
    const db = await open();
    if (request.kind === 'open') {
      // Reads the schema and the settings: what every suggestion needs first.
      await readVisitSettings(db.kysely);
      return { id: request.id, ok: true, value: null };
    }
    const deps = { db, clock: { now: () => new Date(request.now) }, emit: () => undefined };
    return { id: request.id, ok: true, value: await suggestVisits(deps, request.input) };
  } catch (error) {
    return { id: request.id, ok: false, error: failure(error) };
  }
}

parentPort?.on('message', (request: SuggestRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
