import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useToastStore } from '../../../stores/toast-store';
import { ArchiveIcon, RestoreIcon } from '../../../ui/icons';
import { ErrorNotice } from '../error-notice';
import { FilePathField } from '../file-path-field';
import { JobProgress } from '../job-progress';
import { useNativeDialogs } from '../use-capabilities';
import { RestoreDialog } from './restore-dialog';
import { useRunJob } from './use-run-job';
import '../data.css';

function backupName(): string {
  return `kemai-${new Date().toISOString().slice(0, 10)}.kemai-backup`;
}

/** Settings card: full backup to a file and restore from one (snapshots have their own card). */
export function BackupSection() {
  const { t } = useTranslation();
  const native = useNativeDialogs();
  const show = useToastStore((s) => s.show);
  const backup = useRunJob();
  // In preview mode the paths are typed; with native dialogs the buttons open the dialog.
  const [backupPath, setBackupPath] = useState('');
  const [restorePath, setRestorePath] = useState('');
  const [restoring, setRestoring] = useState<string | null>(null);

  const report = backup.job?.result?.kind === 'backup' ? backup.job.result : null;
  useEffect(() => {
    if (report) show({ tone: 'info', title: t('data.backup.created'), detail: report.path });
  }, [report, show, t]);

  async function createBackup() {
    let path = backupPath.trim();
    if (native) {
      path =
        (await api.dialogs.saveFile({ purpose: 'backup', defaultName: backupName() })).path ?? '';
    }
    if (path) await backup.run(() => api.backup.create({ path }));
  }

  async function chooseRestore() {
    let path = restorePath.trim();
    if (native) path = (await api.dialogs.openFile({ purpose: 'restore' })).path ?? '';
    if (path) setRestoring(path);
  }

  return (
    <section className="settings__card card" data-testid="backup-section">
      <div>
        <h2 className="settings__heading">{t('data.backup.title')}</h2>
        <p className="settings__hint">{t('data.backup.hint')}</p>
      </div>
      {native === false ? (
        <div className="form-grid form-grid--2">
          <FilePathField
            mode="save"
            purpose="backup"
            native={false}
            defaultName={backupName()}
            label={t('data.backup.create')}
            value={backupPath}
            onChange={setBackupPath}
            testId="backup-file"
          />
          <FilePathField
            mode="open"
            purpose="restore"
            native={false}
            label={t('data.backup.restore')}
            value={restorePath}
            onChange={setRestorePath}
            testId="restore-file"
          />
        </div>
      ) : null}
      <div className="card__actions">
        <button
          type="button"
          className="btn"
          disabled={backup.running || (native === false && !backupPath.trim())}
          onClick={() => void createBackup()}
        >
          {backup.running ? <span className="spinner" /> : <ArchiveIcon />}
          {backup.running ? t('data.backup.creating') : t('data.backup.create')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={native === false && !restorePath.trim()}
          onClick={() => void chooseRestore()}
        >
          <RestoreIcon />
          {t('data.backup.restore')}
        </button>
      </div>
      {backup.job && backup.running ? (
        <JobProgress job={backup.job} label={t('data.backup.creating')} />
      ) : null}
      {report ? (
        <div className="notice notice--success" role="status" data-testid="backup-done">
          <div>
            <strong>{t('data.backup.created')}</strong>
            <span className="notice__detail">
              {t('data.backup.createdDetail', { path: report.path })}
            </span>
          </div>
        </div>
      ) : null}
      {backup.error ? <ErrorNotice error={backup.error} /> : null}
      {restoring ? (
        <RestoreDialog
          path={restoring}
          onClose={() => setRestoring(null)}
          onRestored={() => setRestoring(null)}
        />
      ) : null}
    </section>
  );
}
