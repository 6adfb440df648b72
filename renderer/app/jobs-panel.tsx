import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useJobsStore } from '../stores/jobs-store';
import { ProgressBar } from '../ui/progress-bar';

const FINISHED_LINGER_MS = 4_000;

/** Running background jobs (import, export, backup) with their progress. */
export function JobsPanel() {
  const { t } = useTranslation();
  const jobs = useJobsStore(useShallow((s) => Object.values(s.jobs)));
  const forget = useJobsStore((s) => s.forget);

  // Finished jobs stay visible for a moment so the user sees them complete.
  useEffect(() => {
    const timers = jobs
      .filter((job) => job.finished && !job.error)
      .map((job) => setTimeout(() => forget(job.jobId), FINISHED_LINGER_MS));
    return () => timers.forEach(clearTimeout);
  }, [jobs, forget]);

  if (jobs.length === 0) return null;
  return (
    <section className="jobs" aria-label={t('jobs.title')}>
      {jobs.map((job) => (
        <div key={job.jobId} className="jobs__item">
          <ProgressBar done={job.done} total={job.total} label={t(`jobs.kinds.${job.kind}`, { defaultValue: job.kind })} />
          {job.error ? (
            <div className="field__error">{t('jobs.failed', { error: job.error })}</div>
          ) : null}
        </div>
      ))}
    </section>
  );
}
