import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../shared/domain/reminder';
import { Field } from '../../ui/form-field';
import { Modal } from '../../ui/modal';
import { fromLocalInput, resolveSnooze, toLocalInput } from './due-shortcuts';
import { useReminderActions } from './use-reminder-actions';

/** "Pick a time…" from the snooze menu: any local time later than now. */
export function SnoozeDialog({ reminder, onClose }: { reminder: Reminder; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const { snooze } = useReminderActions();
  const [value, setValue] = useState(() => toLocalInput(resolveSnooze('tomorrow', new Date())));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const until = fromLocalInput(value);
    if (!until) {
      setError(t('validation.instant'));
      return;
    }
    // Checked here for an immediate answer; the service checks again against its own clock.
    if (until.getTime() <= Date.now()) {
      setError(t('reminders.snooze.beforeNow'));
      return;
    }
    setSaving(true);
    const ok = await snooze(reminder, until);
    setSaving(false);
    if (ok) onClose();
  }

  return (
    <Modal
      title={t('reminders.snooze.customTitle')}
      onClose={onClose}
      size="sm"
      testId="snooze-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={saving}>
            {t('reminders.actions.snooze')}
          </button>
        </>
      }
    >
      <form id={formId} className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="reminder-dialog__subject">{reminder.title}</p>
        <Field label={t('reminders.snooze.until')} error={error}>
          <input
            className="input"
            type="datetime-local"
            name="until"
            value={value}
            autoFocus
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        </Field>
      </form>
    </Modal>
  );
}
