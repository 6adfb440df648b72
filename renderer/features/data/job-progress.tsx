import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/progress-bar';
import type { JobView } from './use-job';

interface JobProgressProps {
  job: JobView;
  label: string;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** A running job: the bar, rows per second, time left, and Cancel when the job allows it. */
export function JobProgress({ job, label, onCancel, cancelling }: JobProgressProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const left = job.secondsLeft;
  const timeLeft =
    left === null
      ? t('data.job.timeLeftUnknown')
      : t('data.job.timeLeft', {
          time:
            left < 90
              ? t('data.job.seconds', { n: Math.max(1, Math.round(left)) })
              : t('data.job.minutes', { n: Math.round(left / 60) }),
        });
  return (
    <div className="job-progress" data-testid="job-progress">
      <ProgressBar done={job.done} total={job.total} label={label} />
      <div className="job-progress__meta">
        <span aria-live="polite">
          {job.rowsPerSecond !== null
            ? t('data.job.rate', { rate: number.format(Math.round(job.rowsPerSecond)) })
            : null}
        </span>
        <span>{timeLeft}</span>
        {onCancel ? (
          <button
            type="button"
            className="btn btn--sm"
            onClick={onCancel}
            disabled={cancelling}
            data-testid="job-cancel"
          >
            {cancelling ? t('data.job.cancelling') : t('data.job.cancel')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
