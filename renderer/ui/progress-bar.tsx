interface ProgressBarProps {
  done: number;
  total: number;
  label?: string;
}

/** A determinate bar for long jobs (import, export, backup) fed by job.progress events. */
export function ProgressBar({ done, total, label }: ProgressBarProps) {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const percent = Math.round(ratio * 100);
  return (
    <div className="progress">
      {label ? (
        <div className="progress__label">
          <span>{label}</span>
          <span>{percent}%</span>
        </div>
      ) : null}
      <div
        className="progress__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
