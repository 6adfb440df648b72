import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/open-database';
import type { Clock } from '../services/clock';
import { runReminderRules, type RuleRunResult } from '../services/reminders/rules/run-rules';

export interface RulesRunner {
  run: () => Promise<RuleRunResult>;
  /** Stops a run in progress (shutdown); its promise rejects. */
  close: () => Promise<void>;
}

export interface RulesWorkerInput {
  dbPath: string;
  now: string;
}
export type RulesWorkerOutput = { ok: true; result: RuleRunResult } | { ok: false; error: string };

/** Same connection, same thread: for tests and in-memory databases. */
export function inProcessRulesRunner(db: Db, clock: Clock): RulesRunner {
  return { run: () => runReminderRules(db, clock.now()), close: async () => undefined };
}

/**
 * Each run in a fresh worker thread with its own connection: a million customers take
 * seconds, and the main thread keeps answering IPC meanwhile (WAL lets it read throughout).
 */
export function workerRulesRunner(dbPath: string, workerFile: string, clock: Clock): RulesRunner {
  let current: Worker | null = null;
  let closed = false;
  return {
    run: () =>
      new Promise<RuleRunResult>((resolve, reject) => {
        if (closed) {
          reject(new Error('rules runner closed'));
          return;
        }
        const input: RulesWorkerInput = { dbPath, now: clock.now().toISOString() };
        const worker = new Worker(workerFile, { workerData: input });
        current = worker;
        let settled = false;
        worker.once('message', (message: RulesWorkerOutput) => {
          settled = true;
          if (message.ok) resolve(message.result);
          else reject(new Error(message.error));
        });
        worker.once('error', (error) => {
          settled = true;
          reject(error);
        });
        worker.once('exit', (code) => {
          if (current === worker) current = null;
          if (!settled) reject(new Error(`rules worker exited with code ${code}`));
        });
      }),
    close: async () => {
      closed = true;
      const worker = current;
      current = null;
      if (worker) await worker.terminate();
    },
  };
}

/** The worker when it was built beside us and the database is a file; else in-process. */
export function createRulesRunner(db: Db, clock: Clock, workerFile: string | null): RulesRunner {
  const usable = workerFile !== null && db.path !== ':memory:' && existsSync(workerFile);
  return usable ? workerRulesRunner(db.path, workerFile, clock) : inProcessRulesRunner(db, clock);
}
