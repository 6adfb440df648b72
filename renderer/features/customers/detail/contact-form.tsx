import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contactCreateSchema,
  type Contact,
  type ContactCreate,
} from '../../../../shared/domain/contact';
import { api } from '../../../lib/api';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { Modal } from '../../../ui/modal';
import { Field } from '../../../ui/form-field';
import { useFieldErrorText } from '../../../ui/use-field-error-text';
import { useReportError } from '../../../ui/use-report-error';

const TEXT_FIELDS = ['name', 'title', 'phone', 'email', 'wechat', 'birthday'] as const;
type ContactValues = Record<(typeof TEXT_FIELDS)[number] | 'notes', string> & {
  isPrimary: boolean;
};

function initialValues(c: Contact | null, makePrimary: boolean): ContactValues {
  return {
    name: c?.name ?? '',
    title: c?.title ?? '',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
    wechat: c?.wechat ?? '',
    birthday: c?.birthday ?? '',
    notes: c?.notes ?? '',
    isPrimary: c?.isPrimary ?? makePrimary,
  };
}

interface ContactFormProps {
  customerId: string;
  existing: Contact | null;
  /** The first contact of a customer starts as primary. */
  firstContact: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function ContactForm({
  customerId,
  existing,
  firstContact,
  onClose,
  onSaved,
}: ContactFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const errorText = useFieldErrorText();
  const reportError = useReportError();
  const toInput = useCallback(
    (v: ContactValues): ContactCreate => ({ ...v, customerId }),
    [customerId],
  );
  // Validated as a create either way: a patch of a full form has the same rules.
  const form = useSchemaForm(initialValues(existing, firstContact), contactCreateSchema, toInput);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await form.submit(({ customerId: _owner, ...patch }) =>
      existing
        ? api.contacts.update({ id: existing.id, patch })
        : api.contacts.create({ ...patch, customerId }),
    );
    if (result.ok) onSaved();
    else if (result.error && result.error.code !== 'VALIDATION') reportError(result.error);
  }

  return (
    <Modal
      title={existing ? t('contacts.editTitle') : t('contacts.addTitle')}
      onClose={onClose}
      size="sm"
      testId="contact-form"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={form.saving}>
            {form.saving ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <form id={formId} className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {TEXT_FIELDS.map((field) => (
          <Field
            key={field}
            label={t(`contacts.fields.${field}`)}
            required={field === 'name'}
            error={errorText(field, form.errors[field])}
          >
            <input
              className="input"
              name={field}
              type={
                field === 'birthday'
                  ? 'date'
                  : field === 'email'
                    ? 'email'
                    : field === 'phone'
                      ? 'tel'
                      : 'text'
              }
              value={form.values[field]}
              autoFocus={field === 'name'}
              autoComplete="off"
              onChange={(e) => form.setField(field, e.target.value)}
              onBlur={() => form.blur(field)}
            />
          </Field>
        ))}
        <Field label={t('contacts.fields.notes')} error={errorText('notes', form.errors.notes)}>
          <textarea
            className="textarea"
            name="notes"
            rows={3}
            value={form.values.notes}
            onChange={(e) => form.setField('notes', e.target.value)}
            onBlur={() => form.blur('notes')}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            name="isPrimary"
            checked={form.values.isPrimary}
            onChange={(e) => form.setField('isPrimary', e.target.checked)}
          />
          {t('contacts.fields.isPrimary')}
        </label>
      </form>
    </Modal>
  );
}
