// Worker-thread entry (bundled to out/main/rules-worker.cjs): evaluates the reminder rules on
// its own connection and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open-database';
import { runReminderRules } from '../services/reminders/rules/run-rules';
import type { RulesWorkerInput, RulesWorkerOutput } from './rules-runner';

async function main(): Promise<RulesWorkerOutput> {
  const input = workerData as RulesWorkerInput;
  const db = await openDatabase(input.dbPath);
  try {
    return { ok: true, result: await runReminderRules(db, new Date(input.now)) };
  } finally {
    await db.close();
  }
}

main()
  .catch((error: unknown): RulesWorkerOutput => ({
    ok: false,
    error: error instanceof Error ? error.message : String(error),
  }))
  .then((output) => parentPort?.postMessage(output))
  .catch(() => undefined);
