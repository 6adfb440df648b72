// Worker entry (bundled to out/main/worker.cjs). In a worker thread it runs the job from
// workerData and posts progress and the outcome to its parent; cancellation arrives through a
// shared flag, because a job inside a synchronous SQLite transaction never yields to the event
// loop to receive messages. Run as `node worker.cjs --job '<spec json>'` it does the same in its
// own process, printing one JSON message a line — the crash tests kill that process mid-job.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { JobControl } from './job-control';
import type { JobSpec, WorkerMessage } from './job-protocol';
import { errorMessage, runJob } from './run-job';

interface WorkerInput {
  spec: JobSpec;
  cancel: SharedArrayBuffer;
}

async function main(post: (m: WorkerMessage) => void, spec: JobSpec, cancelled: () => boolean) {
  const control: JobControl = {
    progress: (done, total, rows) => post({ type: 'progress', done, total, rows }),
    cancelled,
  };
  try {
    post({ type: 'result', result: await runJob(spec, control) });
  } catch (error) {
    post(errorMessage(error));
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const input = workerData as WorkerInput;
  const flag = new Int32Array(input.cancel);
  void main(
    (m) => port.postMessage(m),
    input.spec,
    () => Atomics.load(flag, 0) === 1,
  );
} else if (process.argv[2] === '--job') {
  const spec = JSON.parse(process.argv[3] ?? '{}') as JobSpec;
  const print = (m: unknown): void => {
    process.stdout.write(`${JSON.stringify(m)}\n`);
  };
  // The peak memory line is for the benchmark, which runs jobs this way to measure them alone.
  void main(print, spec, () => false).then(() =>
    print({ type: 'stats', maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
  );
}
