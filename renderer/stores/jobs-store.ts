import { create } from 'zustand';
import type { EventPayload } from '../../shared/ipc/events';

export type JobProgress = EventPayload<'job.progress'>;

interface JobsState {
  jobs: Record<string, JobProgress>;
  update: (progress: JobProgress) => void;
  forget: (jobId: string) => void;
}

export const useJobsStore = create<JobsState>()((set) => ({
  jobs: {},
  update: (progress) => set((s) => ({ jobs: { ...s.jobs, [progress.jobId]: progress } })),
  forget: (jobId) =>
    set((s) => {
      const { [jobId]: _gone, ...rest } = s.jobs;
      return { jobs: rest };
    }),
}));
