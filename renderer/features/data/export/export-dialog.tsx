import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportInput,
} from '../../../../shared/domain/import';
import { api } from '../../../lib/api';
import { currentLanguage } from '../../../i18n/setup';
import { formatCount } from '../../../i18n/use-date-format';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { Modal } from '../../../ui/modal';
import { ErrorNotice } from '../error-notice';
import { useFieldLabel } from '../field-labels';
import { FilePathField } from '../file-path-field';
import { JobProgress } from '../job-progress';
import { useNativeDialogs } from '../use-capabilities';
import { jobError, useJob } from '../use-job';
import '../data.css';

const COMMON: ExportColumn[] = [
  'name',
  'kind',
  'phone',
  'email',
  'company',
  'title',
  'stage',
  'tier',
  'city',
  'owner',
  'tags',
  'contactName',
  'contactPhone',
  'notes',
];

/** The current list's query as export input: the same search, filter and sort as on screen. */
function currentListQuery(): Pick<ExportInput, 'query' | 'filter' | 'sort'> {
  const { query, filter, sort } = useCustomerListStore.getState();
  const q = query.trim();
  const f = Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''),
  );
  return {
    ...(q ? { query: q } : {}),
    ...(Object.keys(f).length ? { filter: f } : {}),
    ...(sort && (sort.field !== 'relevance' || q) ? { sort } : {}),
  };
}

function defaultName(): string {
  const day = new Date().toISOString().slice(0, 10);
  return currentLanguage() === 'zh-CN' ? `客户-${day}.csv` : `customers-${day}.csv`;
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const native = useNativeDialogs();
  const total = useCustomerListStore((s) => s.total);
  const [scope, setScope] = useState<'current' | 'all'>('current');
  const [columns, setColumns] = useState<ExportColumn[]>(COMMON);
  const [headers, setHeaders] = useState<'localized' | 'keys'>('localized');
  const [path, setPath] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const job = useJob(jobId);
  const running = job?.state === 'running';
  const report = job?.result?.kind === 'export' ? job.result : null;

  function toggle(column: ExportColumn) {
    setColumns((cols) =>
      cols.includes(column)
        ? cols.filter((c) => c !== column)
        : EXPORT_COLUMNS.filter((c) => c === column || cols.includes(c)),
    );
  }

  async function start() {
    setError(null);
    setStarting(true);
    try {
      const started = await api.export.customers({
        path: path.trim(),
        ...(scope === 'current' ? currentListQuery() : {}),
        columns,
        headers,
        language: currentLanguage(),
      });
      setJobId(started.jobId);
    } catch (e) {
      setError(e);
    } finally {
      setStarting(false);
    }
  }

  const canStart = columns.length > 0 && path.trim() !== '' && !running && !starting;
  return (
    <Modal
      title={t('data.export.title')}
      onClose={onClose}
      testId="export-dialog"
      footer={
        report ? (
          <button type="button" className="btn btn--primary" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={!canStart}
              onClick={() => void start()}
            >
              {starting || running ? <span className="spinner" /> : null}
              {running ? t('data.export.exporting') : t('data.export.start')}
            </button>
          </>
        )
      }
    >
      <div className="export-form">
        <fieldset className="choices" disabled={running}>
          <legend className="legend-row">{t('data.export.scope')}</legend>
          <label className="check-row">
            <input
              type="radio"
              checked={scope === 'current'}
              onChange={() => setScope('current')}
            />
            {t('data.export.scopeCurrent', { n: formatCount(total) })}
          </label>
          <label className="check-row">
            <input type="radio" checked={scope === 'all'} onChange={() => setScope('all')} />
            {t('data.export.scopeAll')}
          </label>
        </fieldset>
        <fieldset className="choices" disabled={running}>
          <legend className="legend-row">
            {t('data.export.columns')}
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              onClick={() => setColumns([...EXPORT_COLUMNS])}
            >
              {t('data.export.selectAll')}
            </button>
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              onClick={() => setColumns(COMMON)}
            >
              {t('data.export.selectDefault')}
            </button>
          </legend>
          <div className="column-picks">
            {EXPORT_COLUMNS.map((column) => (
              <label key={column} className="check-row">
                <input
                  type="checkbox"
                  checked={columns.includes(column)}
                  onChange={() => toggle(column)}
                />
                {label(column)}
              </label>
            ))}
          </div>
          {columns.length === 0 ? (
            <div className="field__error">{t('data.export.noColumns')}</div>
          ) : null}
        </fieldset>
        <fieldset className="choices" disabled={running}>
          <legend className="legend-row">{t('data.export.headers')}</legend>
          <label className="check-row">
            <input
              type="radio"
              checked={headers === 'localized'}
              onChange={() => setHeaders('localized')}
            />
            {t('data.export.headersLocalized')}
          </label>
          <label className="check-row">
            <input type="radio" checked={headers === 'keys'} onChange={() => setHeaders('keys')} />
            {t('data.export.headersKeys')}
          </label>
        </fieldset>
        {native === null ? null : (
          <FilePathField
            mode="save"
            purpose="export"
            native={native}
            defaultName={defaultName()}
            label={t('data.export.file')}
            value={path}
            onChange={setPath}
            testId="export-file"
          />
        )}
        <p className="card__hint">{t('data.export.hint')}</p>
        {job && running ? (
          <JobProgress
            job={job}
            label={t('data.export.exporting')}
            onCancel={() => void api.jobs.cancel({ jobId: jobId ?? '' })}
          />
        ) : null}
        {job?.state === 'cancelled' ? (
          <div className="notice">{t('data.export.cancelled')}</div>
        ) : null}
        {jobError(job) ? <ErrorNotice error={jobError(job)} /> : null}
        {report ? (
          <div className="notice notice--success" role="status" data-testid="export-done">
            <div>
              <strong>
                {t('data.export.done', { count: report.rows, n: formatCount(report.rows) })}
              </strong>
              <span className="notice__detail">
                {t('data.export.doneDetail', { path: report.path })}
              </span>
            </div>
          </div>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
      </div>
    </Modal>
  );
}
