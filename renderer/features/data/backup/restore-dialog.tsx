import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatCount } from '../../../i18n/use-date-format';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { useToastStore } from '../../../stores/toast-store';
import { Modal } from '../../../ui/modal';
import { ErrorNotice } from '../error-notice';
import { baseName } from '../field-labels';
import { JobProgress } from '../job-progress';
import { useRunJob } from './use-run-job';

interface RestoreDialogProps {
  path: string;
  onClose: () => void;
  onRestored: () => void;
}

/**
 * Restore in two jobs: a dry run that validates the whole archive and reports what would be
 * replaced, then — only after the user confirms — the real restore (safety snapshot first).
 */
export function RestoreDialog({ path, onClose, onRestored }: RestoreDialogProps) {
  const { t, i18n } = useTranslation();
  const show = useToastStore((s) => s.show);
  const check = useRunJob();
  const restore = useRunJob();
  const runCheck = check.run;

  useEffect(() => {
    void runCheck(() => api.backup.restore({ path, dryRun: true }));
    // Runs once per dialog: the path does not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const plan = check.job?.result?.kind === 'restore' ? check.job.result : null;
  const done = restore.job?.state === 'done';
  useEffect(() => {
    if (!done) return;
    show({
      tone: 'info',
      title: t('data.backup.restored'),
      detail: t('data.backup.restoredDetail'),
    });
    const list = useCustomerListStore.getState();
    if (list.status !== 'idle') void list.reload();
    onRestored();
  }, [done, show, t, onRestored]);

  const tables = plan
    ? [...new Set([...Object.keys(plan.before), ...Object.keys(plan.after)])]
    : [];
  const tableName = (name: string) =>
    i18n.exists(`data.backup.tables.${name}`) ? t(`data.backup.tables.${name}`) : name;
  const busy = check.running || restore.running;

  return (
    <Modal
      title={t('data.backup.restoreTitle')}
      onClose={onClose}
      testId="restore-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={restore.running}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn--danger"
            disabled={!plan || busy || done}
            onClick={() => void restore.run(() => api.backup.restore({ path }))}
          >
            {restore.running ? <span className="spinner" /> : null}
            {restore.running ? t('data.backup.restoring') : t('data.backup.confirm')}
          </button>
        </>
      }
    >
      <div className="export-form">
        <div className="file-field__hint">{baseName(path)}</div>
        {check.running ? (
          <div className="notice" role="status">
            <span className="spinner" /> {t('data.backup.checking')}
          </div>
        ) : null}
        {check.error ? (
          <div data-testid="restore-refused">
            <strong>{t('data.backup.refused')}</strong>
            <ErrorNotice error={check.error} />
          </div>
        ) : null}
        {plan ? (
          <>
            <p>{t('data.backup.restoreIntro')}</p>
            <table className="grid" data-testid="restore-plan">
              <thead>
                <tr>
                  <th>{t('data.backup.table')}</th>
                  <th>{t('data.backup.now')}</th>
                  <th>{t('data.backup.after')}</th>
                </tr>
              </thead>
              <tbody>
                {tables.map((name) => (
                  <tr key={name}>
                    <td>{tableName(name)}</td>
                    <td>{formatCount(plan.before[name] ?? 0)}</td>
                    <td>{formatCount(plan.after[name] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="card__hint">{t('data.backup.safety')}</p>
          </>
        ) : null}
        {restore.job && restore.running ? (
          <JobProgress job={restore.job} label={t('data.backup.restoring')} />
        ) : null}
        {restore.error ? <ErrorNotice error={restore.error} /> : null}
      </div>
    </Modal>
  );
}
