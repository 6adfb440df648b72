import { useState } from 'react';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { jobError, useJob, type JobView } from '../use-job';

/** Starts a job-returning call and follows it; one job at a time per hook. */
export function useRunJob(): {
  job: JobView | null;
  running: boolean;
  error: ApiError | null;
  run: (start: () => Promise<{ jobId: string }>) => Promise<void>;
  clear: () => void;
} {
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useJob(jobId);
  return {
    job,
    running: starting || job?.state === 'running',
    error: startError ?? jobError(job),
    run: async (start) => {
      setStartError(null);
      setStarting(true);
      try {
        setJobId((await start()).jobId);
      } catch (error) {
        setStartError(toApiError(error));
      } finally {
        setStarting(false);
      }
    },
    clear: () => {
      setJobId(null);
      setStartError(null);
    },
  };
}
