import { useEffect, useState } from 'react';
import type { JobResult, JobState } from '../../../shared/domain/backup';
import { api, onEvent } from '../../lib/api';
import { ApiError } from '../../lib/api-error';
import { useJobsStore, type JobProgress } from '../../stores/jobs-store';

export interface JobView {
  state: JobState['state'];
  done: number;
  total: number;
  /** Rows per second since the first progress event; null until it can be measured. */
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  result: JobResult | null;
  error: JobState['error'];
}

interface Tracked {
  jobId: string;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  final: JobState | null;
}

// Below this the first measurement is noise (one batch), so no rate is shown yet.
const MIN_MEASURE_SECONDS = 0.2;

/**
 * Follows one background job: live progress from `job.progress` events (kept by the jobs
 * store), rate and time left measured here, and the outcome from the `job.result` event. Also
 * asks `jobs.get` once, so a job that ended before this hook subscribed is not missed.
 */
export function useJob(jobId: string | null): JobView | null {
  const progress = useJobsStore((s) => (jobId ? s.jobs[jobId] : undefined));
  const [tracked, setTracked] = useState<Tracked | null>(null);

  useEffect(() => {
    if (!jobId) return;
    let alive = true;
    let first: { at: number; done: number; rows: number } | null = null;
    const settle = (state: JobState) => {
      if (alive && state.jobId === jobId && state.state !== 'running') {
        setTracked((t) => ({ ...blank(jobId, t), final: state }));
      }
    };
    const measure = (p: JobProgress) => {
      const now = performance.now();
      const rows = p.rows ?? p.done;
      if (!first) {
        first = { at: now, done: p.done, rows };
        return;
      }
      const seconds = (now - first.at) / 1000;
      if (seconds < MIN_MEASURE_SECONDS) return;
      const rowRate = (rows - first.rows) / seconds;
      const unitRate = (p.done - first.done) / seconds;
      setTracked((t) => ({
        ...blank(jobId, t),
        rowsPerSecond: rowRate > 0 ? rowRate : null,
        secondsLeft: unitRate > 0 ? Math.max(0, (p.total - p.done) / unitRate) : null,
      }));
    };
    const offStore = useJobsStore.subscribe((s, prev) => {
      const p = s.jobs[jobId];
      if (p && p !== prev.jobs[jobId]) measure(p);
    });
    const offResult = onEvent('job.result', settle);
    api.jobs
      .get({ jobId })
      .then((state) => {
        if (state) settle(state);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      offStore();
      offResult();
    };
  }, [jobId]);

  if (!jobId) return null;
  const mine = tracked?.jobId === jobId ? tracked : null;
  const final = mine?.final ?? null;
  return {
    state: final?.state ?? 'running',
    done: final?.done ?? progress?.done ?? 0,
    total: final?.total ?? progress?.total ?? 0,
    rowsPerSecond: mine?.rowsPerSecond ?? null,
    secondsLeft: final ? 0 : (mine?.secondsLeft ?? null),
    result: final?.result ?? null,
    error: final?.error ?? null,
  };
}

function blank(jobId: string, current: Tracked | null): Tracked {
  return current?.jobId === jobId
    ? current
    : { jobId, rowsPerSecond: null, secondsLeft: null, final: null };
}

/** A failed job's error as an ApiError, so the usual error text (title + what to do) applies. */
export function jobError(job: JobView | null): ApiError | null {
  return job?.error ? new ApiError('INTERNAL', job.error.message, [], job.error.detail) : null;
}
