import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SNAPSHOT_RETENTION_LIMITS,
  snapshotSettingsPatchSchema,
  type SnapshotSettings,
} from '../../../../shared/ipc/channels/data';
import { api } from '../../../lib/api';
import { issuesToFieldErrors, type FieldErrors } from '../../../lib/field-errors';
import { toApiError } from '../../../lib/api-error';
import { useToastStore } from '../../../stores/toast-store';
import { Field } from '../../../ui/form-field';
import { ErrorNotice } from '../error-notice';

interface SnapshotRetentionFormProps {
  settings: SnapshotSettings;
  onSaved: (next: SnapshotSettings) => void;
}

const FIELDS = ['daily', 'weekly'] as const;
type RetentionField = (typeof FIELDS)[number];

// Empty or non-numeric text must fail with the range message too, not zod's generic one.
function count(text: string): number {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text) : -1;
}

/**
 * How many daily and weekly snapshots to keep; checked here and again by main. Its fields start
 * from `settings` (the parent keys it by the saved counts).
 */
export function SnapshotRetentionForm({ settings, onSaved }: SnapshotRetentionFormProps) {
  const { t } = useTranslation();
  const show = useToastStore((s) => s.show);
  const [values, setValues] = useState<Record<RetentionField, string>>({
    daily: String(settings.daily),
    weekly: String(settings.weekly),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFailure(null);
    const patch = { daily: count(values.daily), weekly: count(values.weekly) };
    const parsed = snapshotSettingsPatchSchema.safeParse(patch);
    const found = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
    setErrors(found);
    if (!parsed.success) return;
    setBusy(true);
    try {
      onSaved(await api.backup.updateSettings(parsed.data));
      show({ tone: 'info', title: t('data.snapshots.retentionSaved') });
    } catch (error) {
      const apiError = toApiError(error);
      const fromMain = issuesToFieldErrors(apiError.issues);
      if (Object.keys(fromMain).length) setErrors(fromMain);
      else setFailure(apiError);
    } finally {
      setBusy(false);
    }
  }

  const message = (field: RetentionField) => {
    const key = errors[field];
    return key ? t(key) : null;
  };

  return (
    <form
      className="choices"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid="snapshot-retention"
    >
      <div className="legend-row">{t('data.snapshots.retention')}</div>
      <div className="snapshot-retention">
        {FIELDS.map((field) => (
          <Field key={field} label={t(`data.snapshots.${field}`)} error={message(field)}>
            <input
              className="input"
              name={field}
              type="number"
              inputMode="numeric"
              min={SNAPSHOT_RETENTION_LIMITS[field].min}
              max={SNAPSHOT_RETENTION_LIMITS[field].max}
              value={values[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          </Field>
        ))}
        <button type="submit" className="btn" disabled={busy}>
          {t('data.snapshots.saveRetention')}
        </button>
      </div>
      <p className="card__hint">{t('data.snapshots.retentionHint')}</p>
      {failure ? <ErrorNotice error={failure} /> : null}
    </form>
  );
}
