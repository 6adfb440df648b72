import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../../shared/domain/backup';
import type { SnapshotSettings } from '../../../../shared/ipc/channels/data';
import { api } from '../../../lib/api';
import { useDateFormat } from '../../../i18n/use-date-format';
import { useToastStore } from '../../../stores/toast-store';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { CameraIcon } from '../../../ui/icons';
import { ErrorNotice } from '../error-notice';
import { formatBytes } from '../field-labels';
import { RestoreDialog } from './restore-dialog';
import { useRunJob } from './use-run-job';

interface SnapshotListProps {
  settings: SnapshotSettings;
  /** A snapshot was taken or failed: the folder's state and last problem may have changed. */
  onChanged: () => void;
}

/** The snapshots in the current folder with Restore, and "snapshot now". */
export function SnapshotList({ settings, onChanged }: SnapshotListProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const show = useToastStore((s) => s.show);
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<Snapshot | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const take = useRunJob();

  const load = useCallback(() => {
    api.backup
      .list(undefined)
      .then((list) => {
        setSnapshots(list);
        setLoadError(null);
      })
      .catch(setLoadError);
  }, []);
  // Again whenever the folder changes: the list is of the folder in use.
  useEffect(load, [load, settings.folder]);

  const taken = take.job?.state === 'done';
  useEffect(() => {
    if (!taken) return;
    show({ tone: 'info', title: t('data.snapshots.taken') });
    load();
    onChanged();
  }, [taken, show, t, load, onChanged]);
  const failed = take.error !== null;
  useEffect(() => {
    if (failed) onChanged();
  }, [failed, onChanged]);
  const unreachable = settings.folderState === 'missing' || settings.folderState === 'notFolder';

  return (
    <div className="choices" data-testid="snapshots">
      <div className="legend-row">
        {t('data.snapshots.listTitle')}
        <button
          type="button"
          className="btn btn--sm"
          disabled={take.running}
          onClick={() => void take.run(() => api.backup.snapshotNow(undefined))}
        >
          {take.running ? <span className="spinner" /> : <CameraIcon />}
          {take.running ? t('data.snapshots.taking') : t('data.snapshots.now')}
        </button>
      </div>
      {take.error ? <ErrorNotice error={take.error} /> : null}
      {loadError ? <ErrorNotice error={loadError} /> : null}
      {snapshots && snapshots.length === 0 ? (
        <p className="card__hint" data-testid="snapshots-empty">
          {unreachable ? t('data.snapshots.emptyUnreachable') : t('data.snapshots.empty')}
        </p>
      ) : null}
      {snapshots && snapshots.length > 0 ? (
        <ul className="snapshots" aria-label={t('data.snapshots.list')}>
          {snapshots.map((snap) => (
            <li key={snap.path} data-testid="snapshot">
              <span className="snapshots__when">{dates.dateTime(snap.createdAt)}</span>
              <span className="badge badge--neutral">{t(`data.snapshots.kinds.${snap.kind}`)}</span>
              <span className="snapshots__size">{formatBytes(snap.bytes)}</span>
              <button type="button" className="btn btn--sm" onClick={() => setConfirming(snap)}>
                {t('data.snapshots.restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('data.snapshots.restoreTitle', { when: dates.dateTime(confirming.createdAt) })}
          body={t('data.snapshots.restoreBody')}
          confirmLabel={t('data.snapshots.restore')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setRestoring(confirming.path);
            setConfirming(null);
          }}
        />
      ) : null}
      {restoring ? (
        <RestoreDialog
          path={restoring}
          onClose={() => setRestoring(null)}
          onRestored={() => {
            setRestoring(null);
            load();
          }}
        />
      ) : null}
    </div>
  );
}
