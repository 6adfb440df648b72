import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSettings } from '../../../../shared/ipc/channels/data';
import { api } from '../../../lib/api';
import { ApiError } from '../../../lib/api-error';
import { useDateFormat } from '../../../i18n/use-date-format';
import { useToastStore } from '../../../stores/toast-store';
import { AlertIcon, FileIcon } from '../../../ui/icons';
import { useErrorText } from '../../../ui/use-report-error';
import { ErrorNotice } from '../error-notice';
import { FilePathField } from '../file-path-field';
import { useNativeDialogs } from '../use-capabilities';

interface SnapshotFolderProps {
  settings: SnapshotSettings;
  onSaved: (next: SnapshotSettings) => void;
}

const STATE_KEY = {
  missing: 'errors.snapshots.folderMissing',
  notFolder: 'errors.snapshots.notFolder',
  notWritable: 'errors.snapshots.folderNotWritable',
} as const;

/**
 * Where snapshots go: the folder and whether it can be used now (a USB drive that is unplugged
 * reads as missing), the last snapshot that failed, and choosing another folder — the folder
 * dialog in Electron, a typed path in the browser preview — or going back to the default.
 */
export function SnapshotFolder({ settings, onSaved }: SnapshotFolderProps) {
  const { t } = useTranslation();
  const native = useNativeDialogs();
  const dates = useDateFormat();
  const errorText = useErrorText();
  const show = useToastStore((s) => s.show);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = settings.lastProblem;
  const problemText = problem
    ? errorText(new ApiError('INTERNAL', problem.message, [], problem.detail))
    : null;
  const problemLine = problem
    ? t('data.snapshots.lastProblem', {
        when: dates.dateTime(problem.at),
        reason: problemText?.title,
      })
    : null;

  async function apply(choose: () => Promise<string | null | undefined>) {
    setBusy(true);
    setError(null);
    try {
      const folder = await choose();
      if (folder === undefined) return;
      const next = await api.backup.updateSettings({ folder });
      onSaved(next);
      setTyped('');
      show({ tone: 'info', title: t('data.snapshots.folderSaved'), detail: next.folder });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  // undefined = the dialog was cancelled: nothing to change.
  const fromDialog = async () =>
    (await api.dialogs.openFolder({ purpose: 'snapshots' })).path ?? undefined;

  return (
    <div className="choices" data-testid="snapshot-folder">
      <div className="legend-row">{t('data.snapshots.folder')}</div>
      <div className="snapshot-folder">
        <code className="snapshot-folder__path" data-testid="snapshot-folder-path">
          {settings.folder}
        </code>
        <span className={settings.custom ? 'badge badge--accent' : 'badge badge--neutral'}>
          {settings.custom ? t('data.snapshots.folderCustom') : t('data.snapshots.folderDefault')}
        </span>
      </div>
      {settings.folderState !== 'ok' ? (
        <div className="notice notice--warning" role="alert" data-testid="snapshot-folder-problem">
          <AlertIcon />
          <div>
            <strong>{t(STATE_KEY[settings.folderState])}</strong>
            <span className="notice__detail">
              {t('data.snapshots.unreachable', { folder: settings.folder })}
            </span>
            {problem ? (
              <span className="notice__detail">
                {t('data.snapshots.lastAttempt', { when: dates.dateTime(problem.at) })}
              </span>
            ) : null}
          </div>
        </div>
      ) : problem ? (
        <div className="notice notice--error" role="alert" data-testid="snapshot-folder-problem">
          <AlertIcon />
          <div>
            <strong>{problemLine}</strong>
            <span className="notice__detail">{problemText?.help}</span>
          </div>
        </div>
      ) : null}
      {native === false ? (
        <FilePathField
          mode="folder"
          purpose="snapshots"
          native={false}
          placeholder="/media/usb/kemai"
          label={t('data.snapshots.folder')}
          value={typed}
          onChange={setTyped}
          testId="snapshot-folder-input"
        />
      ) : null}
      <div className="card__actions">
        {native === false ? (
          <button
            type="button"
            className="btn"
            disabled={busy || !typed.trim()}
            onClick={() => void apply(() => Promise.resolve(typed.trim()))}
          >
            {t('data.snapshots.useTyped')}
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={busy || native === null}
            onClick={() => void apply(fromDialog)}
          >
            <FileIcon />
            {t('data.snapshots.chooseFolder')}
          </button>
        )}
        {settings.custom ? (
          <button
            type="button"
            className="btn btn--ghost"
            disabled={busy}
            onClick={() => void apply(() => Promise.resolve(null))}
          >
            {t('data.snapshots.useDefault')}
          </button>
        ) : null}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      <p className="card__hint">{t('data.snapshots.folderHint')}</p>
    </div>
  );
}
