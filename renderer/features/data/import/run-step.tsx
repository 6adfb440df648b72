import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../error-notice';
import { JobProgress } from '../job-progress';
import { jobError, useJob } from '../use-job';
import { useImportStore } from './import-store';
import { useErrorText } from '../../../ui/use-report-error';

/** The running import: progress, rate, time left and Cancel; moves on when the job ends. */
export function RunStep() {
  const { t } = useTranslation();
  const jobId = useImportStore((s) => s.jobId);
  const error = useImportStore((s) => s.error);
  const cancel = useImportStore((s) => s.cancel);
  const goTo = useImportStore((s) => s.goTo);
  const reset = useImportStore((s) => s.reset);
  const job = useJob(jobId);
  const errorText = useErrorText();
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    if (job?.state === 'done') goTo('summary');
  }, [job?.state, goTo]);

  if (!job) return null;
  if (job.state === 'cancelled' || job.state === 'failed') {
    const failed = job.state === 'failed' ? jobError(job) : null;
    const failure = failed ? errorText(failed) : null;
    return (
      <section className="card" data-testid="import-stopped">
        <div
          className={job.state === 'cancelled' ? 'notice' : 'notice notice--error'}
          role="status"
        >
          <div>
            <strong>
              {job.state === 'cancelled'
                ? t('data.import.run.cancelled')
                : t('data.import.run.failed')}
            </strong>
            {failure ? (
              <span className="notice__detail">
                {failure.title}. {failure.help}
              </span>
            ) : null}
          </div>
        </div>
        <div className="card__actions">
          <button type="button" className="btn" onClick={() => goTo('options')}>
            {t('data.import.back')}
          </button>
          <button type="button" className="btn" onClick={() => reset()}>
            {t('data.import.startOver')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="card" aria-live="polite">
      <h2 className="card__title">{t('data.import.run.title')}</h2>
      <JobProgress
        job={job}
        label={t('data.import.steps.run')}
        cancelling={cancelling}
        onCancel={() => {
          setCancelling(true);
          void cancel();
        }}
      />
      <p className="card__hint">{t('data.import.run.hint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
