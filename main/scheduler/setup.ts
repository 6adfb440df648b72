import path from 'node:path';
import type { Db } from '../../db/open-database';
import type { Emit, EventName, EventPayload } from '../../shared/ipc/events';
import type { Clock } from '../services/clock';
import { nodeTimers, type Notifier } from './notifier';
import { createRulesRunner } from './rules-runner';
import { createReminderScheduler, type ReminderScheduler } from './scheduler';

export interface RunningScheduler {
  scheduler: ReminderScheduler;
  /** Stops timers and any rule run in progress; call before closing the database. */
  stop: () => Promise<void>;
}

/** The rules worker sits in out/main/; the bridge bundle runs from out/bridge/. */
export function defaultWorkerFile(bundleDir: string): string {
  return path.basename(bundleDir) === 'main'
    ? path.join(bundleDir, 'rules-worker.cjs')
    : path.join(bundleDir, '..', 'main', 'rules-worker.cjs');
}

/** Wires the scheduler with real timers and the worker (falling back to in-process rules). */
export function startReminderScheduler(options: {
  db: Db;
  clock: Clock;
  emit: Emit;
  notifier: Notifier;
  workerFile: string | null;
}): RunningScheduler {
  const runner = createRulesRunner(options.db, options.clock, options.workerFile);
  const scheduler = createReminderScheduler({
    db: options.db,
    clock: options.clock,
    timers: nodeTimers,
    notifier: options.notifier,
    runRules: runner.run,
    emit: options.emit,
  });
  void scheduler.start();
  return {
    scheduler,
    stop: async () => {
      // Flag the scheduler first so a run cut short by the worker's end is not logged as a failure.
      const stopping = scheduler.stop();
      await runner.close();
      await stopping;
    },
  };
}

/** Call from the app's emit: data changes re-arm the timer, rule setting changes re-run rules. */
export function forwardToScheduler<E extends EventName>(
  scheduler: ReminderScheduler | null | undefined,
  event: E,
  payload: EventPayload<E>,
): void {
  if (!scheduler) return;
  if (event === 'data.changed') {
    scheduler.onDataChanged((payload as EventPayload<'data.changed'>).domain);
  } else if (event === 'reminder.rulesChanged') {
    scheduler.onRulesChanged();
  }
}
