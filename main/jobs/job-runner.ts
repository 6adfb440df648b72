import { Worker } from 'node:worker_threads';
import type { JobKind, JobState } from '../../shared/domain/backup';
import type { Emit } from '../../shared/ipc/events';
import { newId } from '../../db/ids';
import { AppError } from '../services/errors';
import type { JobSpec, WorkerMessage } from './job-protocol';

export interface JobRunnerOptions {
  workerScript: string;
  emit: Emit;
  /** Called after a job that may have changed data finished (refresh hints). */
  onDataChanged?: () => void;
}

interface Running {
  state: JobState;
  cancel: Int32Array;
  finished: Promise<JobState>;
}

const KEEP_FINISHED = 20;

export interface JobRunner {
  start: (spec: JobSpec) => string;
  cancel: (jobId: string) => boolean;
  get: (jobId: string) => JobState | null;
  /** Resolves when the job ends (tests and callers that must wait). */
  wait: (jobId: string) => Promise<JobState>;
}

/**
 * Runs jobs in worker threads, one at a time (two writers on one SQLite file would only wait on
 * each other), relays progress as `job.progress`, and keeps the last outcomes for `jobs.get`
 * and the `job.result` event.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const jobs = new Map<string, Running>();
  let active: string | null = null;

  const finish = (job: Running, patch: Partial<JobState>): void => {
    if (job.state.state !== 'running') return;
    Object.assign(job.state, patch);
    const error = job.state.error;
    options.emit('job.progress', {
      jobId: job.state.jobId,
      kind: job.state.kind,
      done: job.state.done,
      total: job.state.total,
      finished: true,
      error: error ? error.message : null,
    });
    options.emit('job.result', job.state);
    if (active === job.state.jobId) active = null;
    const kind = job.state.kind;
    const outcome = job.state.state as JobState['state'];
    if (outcome === 'done' && (kind === 'import' || kind === 'restore')) {
      options.onDataChanged?.();
    }
    while (jobs.size > KEEP_FINISHED) {
      const oldest = [...jobs.keys()].find((id) => id !== active);
      if (!oldest) break;
      jobs.delete(oldest);
    }
  };

  return {
    start: (spec) => {
      if (active) {
        throw new AppError(
          'CONFLICT',
          'errors.jobs.busy',
          'another import, export or backup is running',
        );
      }
      const jobId = newId();
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      const state: JobState = {
        jobId,
        kind: spec.kind,
        state: 'running',
        done: 0,
        total: 0,
        result: null,
        error: null,
      };
      let resolveFinished: (s: JobState) => void = () => undefined;
      const job: Running = {
        state,
        cancel,
        finished: new Promise((resolve) => {
          resolveFinished = resolve;
        }),
      };
      jobs.set(jobId, job);
      active = jobId;
      const worker = new Worker(options.workerScript, {
        workerData: { spec, cancel: cancel.buffer },
        // An export allocates a short-lived row and strings per customer: a larger young
        // generation cut its GC time from ~5 s to ~1 s at 1M rows (RSS ~300 MB). Imports keep
        // the default to stay well under their 400 MB budget.
        ...(spec.kind === 'export' ? { resourceLimits: { maxYoungGenerationSizeMb: 96 } } : {}),
      });
      const end = (patch: Partial<JobState>): void => {
        finish(job, patch);
        resolveFinished(job.state);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          state.done = message.done;
          state.total = message.total;
          options.emit('job.progress', {
            jobId,
            kind: spec.kind,
            done: message.done,
            total: message.total,
            finished: false,
            error: null,
            ...(message.rows !== undefined ? { rows: message.rows } : {}),
          });
        } else if (message.type === 'result') {
          end({ state: 'done', result: message.result });
        } else {
          end({
            state: message.cancelled ? 'cancelled' : 'failed',
            error: { message: message.message, detail: message.detail },
          });
        }
      });
      worker.on('error', (error) => {
        end({ state: 'failed', error: { message: 'errors.internal', detail: error.message } });
      });
      worker.on('exit', (code) => {
        end({
          state: 'failed',
          error: { message: 'errors.internal', detail: `the worker stopped (exit code ${code})` },
        });
      });
      return jobId;
    },
    cancel: (jobId) => {
      const job = jobs.get(jobId);
      if (!job || job.state.state !== 'running') return false;
      Atomics.store(job.cancel, 0, 1);
      return true;
    },
    get: (jobId) => jobs.get(jobId)?.state ?? null,
    wait: (jobId) => {
      const job = jobs.get(jobId);
      if (!job) return Promise.reject(new Error(`no job ${jobId}`));
      return job.finished;
    },
  };
}

export type { JobKind };
