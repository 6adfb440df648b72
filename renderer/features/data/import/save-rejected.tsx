import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { FileIcon } from '../../../ui/icons';
import { ErrorNotice } from '../error-notice';
import { baseName } from '../field-labels';
import { FilePathField } from '../file-path-field';
import { useNativeDialogs } from '../use-capabilities';

function rejectedName(path: string): string {
  const base = baseName(path).replace(/\.[^.]*$/, '') || 'import';
  return `${base}-rejected.csv`;
}

interface SaveRejectedProps {
  jobId: string;
  /** The imported file, to suggest "<name>-rejected.csv". */
  sourcePath: string;
  saved: string | null;
  onSaved: (path: string) => void;
}

/**
 * "Save rejected rows": main kept them (with a reason and a line column) when the import ran;
 * here the user decides where they go — the save dialog in Electron, a typed path in the
 * browser preview.
 */
export function SaveRejected({ jobId, sourcePath, saved, onSaved }: SaveRejectedProps) {
  const { t } = useTranslation();
  const native = useNativeDialogs();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const defaultName = rejectedName(sourcePath);

  async function save(choose: () => Promise<string | null>) {
    setBusy(true);
    setError(null);
    try {
      const path = await choose();
      if (path) onSaved((await api.import.saveRejected({ jobId, path })).path);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const fromDialog = async () =>
    (await api.dialogs.saveFile({ purpose: 'rejected', defaultName })).path;
  const fromField = () => Promise.resolve(typed.trim() || null);

  if (saved) {
    return (
      <div className="notice notice--success" role="status" data-testid="rejected-saved">
        {t('data.import.summary.savedTo', { path: saved })}
      </div>
    );
  }
  return (
    <div className="choices" data-testid="save-rejected">
      <p className="card__hint">{t('data.import.summary.saveHint')}</p>
      {native === false ? (
        <FilePathField
          mode="save"
          purpose="rejected"
          native={false}
          defaultName={defaultName}
          label={t('data.import.summary.saveTyped')}
          value={typed}
          onChange={setTyped}
          testId="rejected-file"
        />
      ) : null}
      <div className="card__actions">
        <button
          type="button"
          className="btn"
          disabled={busy || native === null || (native === false && !typed.trim())}
          onClick={() => void save(native ? fromDialog : fromField)}
        >
          {busy ? <span className="spinner" /> : <FileIcon />}
          {busy
            ? t('data.import.summary.saving')
            : native
              ? t('data.import.summary.save')
              : t('data.import.summary.saveTyped')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
