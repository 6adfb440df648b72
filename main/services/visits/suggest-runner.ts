import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ErrorCode, Issue } from '../../../shared/ipc/result';
import type { VisitSuggestions } from '../../../shared/domain/visit';
import { AppError } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { suggestVisits } from './suggestions';

export type SuggestInput = { limit?: number | undefined; city?: string | undefined } | undefined;

export interface SuggestRunner {
  readonly mode: 'worker' | 'in-process';
  suggest: (input: SuggestInput, now: Date) => Promise<VisitSuggestions>;
  /**
   * Starts the worker and opens its connection in the background, so the first suggestion
   * does not wait for a thread, the bundle and the schema. Never rejects; resolves at once when
   * the worker is already running.
   */
  prepare: () => Promise<void>;
  /** Ends the worker (shutdown); calls in progress reject. */
  close: () => Promise<void>;
}

export interface SuggestWorkerData {
  dbPath: string;
}
export type SuggestRequest =
  /** `now` is the caller's, so a fixed test clock means the same in the worker. */
  { id: number; kind: 'suggest'; now: string; input: SuggestInput } | { id: number; kind: 'open' };
export interface SuggestFailure {
  code: ErrorCode;
  key: string;
  detail: string;
  issues?: Issue[] | undefined;
}
export type SuggestReply =
  | { id: number; ok: true; value: VisitSuggestions | null }
  | { id: number; ok: false; error: SuggestFailure };

/** An idle worker is ended after this long (its memory back); the next call starts one. */
const IDLE_MS = 30 * 60_000;

/** Same connection, same thread: in-memory databases (tests) or when no worker was built. */
export function inProcessSuggestRunner(deps: ServiceDeps): SuggestRunner {
  return {
    mode: 'in-process',
    suggest: (input, now) => suggestVisits({ ...deps, clock: { now: () => now } }, input),
    prepare: () => Promise.resolve(),
    close: async () => undefined,
  };
}

type Payload = { kind: 'suggest'; now: string; input: SuggestInput } | { kind: 'open' };

interface Pending {
  resolve: (value: VisitSuggestions | null) => void;
  reject: (error: Error) => void;
}

/**
 * One long-lived worker thread with its own read connection: the IPC thread never runs the
 * query, and the worker's page cache stays warm between calls. The worker keeps the process
 * alive only while a call is in flight, and ends after `idleMs` without one.
 */
export function workerSuggestRunner(
  dbPath: string,
  workerFile: string,
  options: { idleMs?: number } = {},
): SuggestRunner {
  const idleMs = options.idleMs ?? IDLE_MS;
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const failAll = (error: Error): void => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  const clearIdle = (): void => {
    if (idle) clearTimeout(idle);
    idle = null;
  };
  const stop = (w: Worker): void => {
    if (worker === w) worker = null;
    void w.terminate();
  };

  const spawn = (): Worker => {
    const data: SuggestWorkerData = { dbPath };
    const w = new Worker(workerFile, { workerData: data });
    w.on('message', (reply: SuggestReply) => {
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (call && reply.ok) call.resolve(reply.value);
      else if (call && !reply.ok) {
        const e = reply.error;
        call.reject(new AppError(e.code, e.key, e.detail, e.issues));
      }
      if (pending.size === 0 && worker === w) {
        w.unref();
        clearIdle();
        idle = setTimeout(() => stop(w), idleMs);
        idle.unref();
      }
    });
    w.on('error', (error) => {
      if (worker === w) worker = null;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the suggestions worker stopped (exit code ${code})`));
    });
    return w;
  };

  const send = (payload: Payload): Promise<VisitSuggestions | null> => {
    if (closed) return Promise.reject(new Error('suggestions runner closed'));
    clearIdle();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      worker ??= spawn();
      const w = worker;
      w.ref();
      pending.set(id, { resolve, reject });
      const request: SuggestRequest = { id, ...payload };
      w.postMessage(request);
    });
  };

  return {
    mode: 'worker',
    suggest: async (input, now) => {
      const value = await send({ kind: 'suggest', now: now.toISOString(), input });
      if (!value) throw new Error('the suggestions worker answered nothing');
      return value;
    },
    prepare: async () => {
      if (worker || closed) return;
      await send({ kind: 'open' }).catch(() => undefined);
    },
    close: async () => {
      closed = true;
      clearIdle();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** The worker when it was built beside us and the database is a file; else in-process. */
export function createSuggestRunner(deps: ServiceDeps, workerFile: string | null): SuggestRunner {
  const usable = workerFile !== null && deps.db.path !== ':memory:' && existsSync(workerFile);
  return usable ? workerSuggestRunner(deps.db.path, workerFile) : inProcessSuggestRunner(deps);
}
