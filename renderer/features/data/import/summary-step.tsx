import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useJob } from '../use-job';
import { useImportStore } from './import-store';
import { SaveRejected } from './save-rejected';

/** Counts, the first rejected rows with reasons, and saving them to fix and re-import. */
export function SummaryStep() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const jobId = useImportStore((s) => s.jobId);
  const path = useImportStore((s) => s.path);
  const reset = useImportStore((s) => s.reset);
  const job = useJob(jobId);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const report = job?.result?.kind === 'import' ? job.result : null;
  if (!report || !jobId) return null;
  // A path given to import.run itself (API callers) counts as saved too.
  const saved = savedTo ?? report.rejectedPath;
  const number = new Intl.NumberFormat(i18n.language);
  const reason = (key: string) => (i18n.exists(key) ? t(key) : key);
  const seconds = Math.max(report.ms / 1000, 0.1).toFixed(1);
  const stats = [
    ['created', report.created],
    ['updated', report.updated],
    ['skipped', report.skipped],
    ['rejected', report.rejected],
  ] as const;

  return (
    <section className="card" data-testid="import-summary">
      <h2 className="card__title">{t('data.import.summary.title')}</h2>
      <p className="card__hint">
        {t('data.import.summary.rows', {
          n: number.format(report.rows),
          time: t('data.job.seconds', { n: seconds }),
        })}
      </p>
      <dl className="stats">
        {stats.map(([key, value]) => (
          <div key={key} className={`stat stat--${key}`} data-testid={`stat-${key}`}>
            <dt>{t(`data.import.summary.${key}`)}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      {report.rejected > 0 ? (
        <>
          <h3 className="legend-row">{t('data.import.summary.rejectedTitle')}</h3>
          <div className="grid-wrap">
            <table className="grid" data-testid="rejected-table">
              <thead>
                <tr>
                  <th>{t('data.import.check.line')}</th>
                  <th>{t('data.import.summary.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejectedSample.map((row) => (
                  <tr key={row.line}>
                    <td className="grid__line">{row.line}</td>
                    <td title={row.detail}>{reason(row.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.rejected > report.rejectedSample.length ? (
            <p className="card__hint">
              {t('data.import.summary.rejectedMore', { count: report.rejectedSample.length })}
            </p>
          ) : null}
          <SaveRejected jobId={jobId} sourcePath={path} saved={saved} onSaved={setSavedTo} />
        </>
      ) : null}
      <div className="card__actions">
        {saved && report.rejected > 0 ? (
          <button type="button" className="btn" onClick={() => reset(saved)}>
            {t('data.import.summary.importFixed')}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={() => reset()}>
          {t('data.import.summary.another')}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => {
            reset();
            void navigate('/customers');
          }}
        >
          {t('data.import.summary.viewCustomers')}
        </button>
      </div>
    </section>
  );
}
