import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_TYPES, type InteractionType } from '../../../shared/domain/enums';
import type { Reminder } from '../../../shared/domain/reminder';
import { Field } from '../../ui/form-field';
import { Modal } from '../../ui/modal';
import { useReminderActions } from './use-reminder-actions';
import { EnumOptions } from '../../ui/enum-options';

/** Completing with an outcome, optionally written to the customer's timeline as an interaction. */
export function CompleteDialog({ reminder, onClose }: { reminder: Reminder; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const { complete } = useReminderActions();
  const [note, setNote] = useState('');
  const [logInteraction, setLogInteraction] = useState(true);
  const [type, setType] = useState<InteractionType>('call');
  const [saving, setSaving] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    const ok = await complete(reminder, {
      note,
      logInteraction,
      ...(logInteraction ? { interactionType: type } : {}),
    });
    setSaving(false);
    if (ok) onClose();
  }

  return (
    <Modal
      title={t('reminders.complete.title')}
      onClose={onClose}
      size="sm"
      testId="complete-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={saving}>
            {t('reminders.complete.confirm')}
          </button>
        </>
      }
    >
      <form id={formId} className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="reminder-dialog__subject">
          {reminder.title}
          <span className="muted"> · {reminder.customerName}</span>
        </p>
        <Field label={t('reminders.complete.note')}>
          <textarea
            className="textarea"
            name="note"
            rows={3}
            value={note}
            autoFocus
            placeholder={t('reminders.complete.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey))
                e.currentTarget.form?.requestSubmit();
            }}
          />
        </Field>
        <div className="reminder-dialog__log">
          <label className="checkbox">
            <input
              type="checkbox"
              name="logInteraction"
              checked={logInteraction}
              onChange={(e) => setLogInteraction(e.target.checked)}
            />
            {t('reminders.complete.logInteraction')}
          </label>
          {logInteraction ? (
            <select
              className="select reminder-dialog__type"
              name="interactionType"
              aria-label={t('reminders.complete.interactionType')}
              value={type}
              onChange={(e) => setType(e.target.value as InteractionType)}
            >
              <EnumOptions
                values={INTERACTION_TYPES}
                label={(it) => t(`enums.interactionType.${it}`)}
              />
            </select>
          ) : null}
        </div>
      </form>
    </Modal>
  );
}
