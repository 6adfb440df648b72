import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSettings } from '../../../../shared/ipc/channels/data';
import { api } from '../../../lib/api';
import { ErrorNotice } from '../error-notice';
import { SnapshotFolder } from './snapshot-folder';
import { SnapshotList } from './snapshot-list';
import { SnapshotRetentionForm } from './snapshot-retention-form';
import '../data.css';

/** Settings card: where the daily snapshots go, how many are kept, and the list to restore. */
export function SnapshotsSection() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<SnapshotSettings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  const reload = useCallback(() => {
    api.backup
      .getSettings(undefined)
      .then((next) => {
        setSettings(next);
        setLoadError(null);
      })
      .catch(setLoadError);
  }, []);
  useEffect(reload, [reload]);

  return (
    <section className="settings__card card" data-testid="snapshot-settings">
      <div>
        <h2 className="settings__heading">{t('data.snapshots.title')}</h2>
        <p className="settings__hint">
          {t('data.snapshots.hint', { daily: settings?.daily ?? 7, weekly: settings?.weekly ?? 4 })}
        </p>
      </div>
      {loadError ? <ErrorNotice error={loadError} /> : null}
      {settings ? (
        <>
          <SnapshotFolder settings={settings} onSaved={setSettings} />
          <SnapshotRetentionForm
            key={`${settings.daily}/${settings.weekly}`}
            settings={settings}
            onSaved={setSettings}
          />
          <SnapshotList settings={settings} onChanged={reload} />
        </>
      ) : null}
    </section>
  );
}
