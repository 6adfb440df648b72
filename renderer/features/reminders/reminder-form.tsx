import './reminder-form.css';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseISO } from 'date-fns';
import {
  REMINDER_PRIORITIES,
  REMINDER_REPEATS,
  reminderCreateSchema,
  type Reminder,
  type ReminderCreate,
  type ReminderPriority,
  type ReminderRepeat,
} from '../../../shared/domain/reminder';
import { api } from '../../lib/api';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useToastStore } from '../../stores/toast-store';
import { Field } from '../../ui/form-field';
import { Modal } from '../../ui/modal';
import { useFieldErrorText } from '../../ui/use-field-error-text';
import { useErrorText } from '../../ui/use-report-error';
import { CustomerPicker, type PickedCustomer } from './customer-picker';
import { defaultDue, localInputToInstant, toLocalInput } from './due-shortcuts';
import { DueInput } from './due-input';
import { useRemindersStore } from './reminders-store';
import { useDueFormat } from './use-due-format';
import './reminders.css';
import { EnumOptions } from '../../ui/enum-options';

type ReminderValues = {
  // Kept in the form values so "choose a customer" shows like any other missing field.
  customerId: string;
  title: string;
  dueAt: string;
  repeat: string;
  priority: string;
  notes: string;
};

function initialValues(existing: Reminder | null, customerId: string): ReminderValues {
  return {
    customerId,
    title: existing?.title ?? '',
    dueAt: toLocalInput(existing ? parseISO(existing.effectiveDueAt) : defaultDue(new Date())),
    repeat: existing?.repeat ?? 'none',
    priority: existing?.priority ?? 'normal',
    notes: existing?.notes ?? '',
  };
}

interface ReminderFormProps {
  /** Editing this reminder; otherwise a new one. */
  existing?: Reminder | null;
  /** A new reminder for this customer (the customer page); otherwise the user picks one. */
  customer?: PickedCustomer | null;
  onClose: () => void;
}

export function ReminderForm({ existing = null, customer = null, onClose }: ReminderFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const show = useToastStore((s) => s.show);
  const changed = useRemindersStore((s) => s.changed);
  const { fromIso } = useDueFormat();
  const [picked, setPicked] = useState<PickedCustomer | null>(
    existing ? { id: existing.customerId, name: existing.customerName } : customer,
  );
  const [failure, setFailure] = useState<{ title: string; help: string } | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const [initial] = useState(() => initialValues(existing, picked?.id ?? ''));

  const toInput = useCallback(
    (v: ReminderValues): ReminderCreate => ({
      customerId: v.customerId,
      title: v.title,
      dueAt: localInputToInstant(v.dueAt),
      repeat: v.repeat as ReminderRepeat,
      priority: v.priority as ReminderPriority,
      notes: v.notes,
    }),
    [],
  );
  const form = useSchemaForm(initial, reminderCreateSchema, toInput);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFailure(null);
    const result = await form.submit(async ({ customerId, ...fields }) => {
      if (!existing) return api.reminders.create({ ...fields, customerId });
      // An unchanged time is left alone, so editing the title keeps a snooze in place.
      const { dueAt, ...rest } = fields;
      const patch = form.values.dueAt === initial.dueAt ? rest : { ...rest, dueAt };
      return api.reminders.update({ id: existing.id, patch });
    });
    if (result.ok) {
      const saved = result.value.reminder;
      show({
        tone: 'info',
        title: existing
          ? t('reminders.toast.updated')
          : t('reminders.toast.created', { when: fromIso(saved.effectiveDueAt) }),
      });
      changed();
      onClose();
    } else if (
      result.error &&
      (result.error.code !== 'VALIDATION' || !result.error.issues.length)
    ) {
      // Not a field problem (e.g. the customer was deleted meanwhile): say it beside Save.
      setFailure(errorText(result.error));
    }
  }

  const customerError = form.errors.customerId
    ? form.errors.customerId.startsWith('validation.') &&
      form.errors.customerId !== 'validation.required'
      ? fieldError('customerId', form.errors.customerId)
      : t('reminders.form.customerRequired')
    : null;

  return (
    <Modal
      title={existing ? t('reminders.form.editTitle') : t('reminders.form.addTitle')}
      onClose={onClose}
      testId="reminder-form"
      footer={
        <>
          {failure ? (
            <span className="modal__footer-hint" role="alert">
              <strong>{failure.title}</strong> {failure.help}
            </span>
          ) : (
            <span className="reminder-form__hint">{t('reminders.form.saveHint')}</span>
          )}
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={form.saving}>
            {form.saving ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="mini-form reminder-form"
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
      >
        {existing || customer ? (
          <div className="field">
            <span className="field__label">{t('reminders.form.customer')}</span>
            <div className="customer-picker__chosen" data-testid="picked-customer">
              <span className="customer-picker__name">{picked?.name}</span>
            </div>
          </div>
        ) : (
          <CustomerPicker
            value={picked}
            onChange={(c) => {
              setPicked(c);
              form.setField('customerId', c?.id ?? '');
              setFailure(null);
              if (c) titleRef.current?.focus();
            }}
            error={customerError}
            autoFocus
          />
        )}
        <Field
          label={t('reminders.form.title')}
          required
          error={fieldError('title', form.errors.title)}
        >
          <input
            ref={titleRef}
            className="input"
            name="title"
            value={form.values.title}
            autoFocus={Boolean(existing || customer)}
            placeholder={t('reminders.form.titlePlaceholder')}
            onChange={(e) => form.setField('title', e.target.value)}
            onBlur={() => form.blur('title')}
          />
        </Field>
        <DueInput
          value={form.values.dueAt}
          onChange={(v) => form.setField('dueAt', v)}
          onBlur={() => form.blur('dueAt')}
          error={form.errors.dueAt ? fieldError('dueAt', 'validation.instant') : null}
          warnPast={form.values.dueAt !== initial.dueAt || !existing}
        />
        <div className="mini-form__pair reminder-form__pair">
          <Field
            label={t('reminders.form.repeat')}
            error={fieldError('repeat', form.errors.repeat)}
          >
            <select
              className="select"
              name="repeat"
              value={form.values.repeat}
              onChange={(e) => form.setField('repeat', e.target.value)}
            >
              <EnumOptions values={REMINDER_REPEATS} label={(r) => t(`reminders.repeat.${r}`)} />
            </select>
          </Field>
          <Field label={t('reminders.form.priority')}>
            <select
              className="select"
              name="priority"
              value={form.values.priority}
              onChange={(e) => form.setField('priority', e.target.value)}
            >
              <EnumOptions
                values={REMINDER_PRIORITIES}
                label={(p) => t(`reminders.priority.${p}`)}
              />
            </select>
          </Field>
        </div>
        <Field label={t('reminders.form.notes')} error={fieldError('notes', form.errors.notes)}>
          <textarea
            className="textarea"
            name="notes"
            rows={2}
            value={form.values.notes}
            onChange={(e) => form.setField('notes', e.target.value)}
            onBlur={() => form.blur('notes')}
          />
        </Field>
      </form>
    </Modal>
  );
}
