import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { format, isValid, parseISO } from 'date-fns';
import { INTERACTION_TYPES, type InteractionType } from '../../../../shared/domain/enums';
import type { Contact } from '../../../../shared/domain/contact';
import {
  interactionCreateSchema,
  type Interaction,
  type InteractionCreate,
} from '../../../../shared/domain/interaction';
import { api } from '../../../lib/api';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { Modal } from '../../../ui/modal';
import { Field } from '../../../ui/form-field';
import { useFieldErrorText } from '../../../ui/use-field-error-text';
import { useReportError } from '../../../ui/use-report-error';
import { EnumOptions } from '../../../ui/enum-options';

type InteractionValues = {
  type: string;
  occurredAt: string;
  contactId: string;
  summary: string;
  outcome: string;
  nextStep: string;
};

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

function initialValues(existing: Interaction | null, contacts: Contact[]): InteractionValues {
  const when = existing ? parseISO(existing.occurredAt) : new Date();
  return {
    type: existing?.type ?? 'call',
    occurredAt: format(isValid(when) ? when : new Date(), LOCAL_FORMAT),
    contactId: existing
      ? (existing.contactId ?? '')
      : (contacts.find((c) => c.isPrimary)?.id ?? ''),
    summary: existing?.summary ?? '',
    outcome: existing?.outcome ?? '',
    nextStep: existing?.nextStep ?? '',
  };
}

// The picker gives local wall-clock time; the API stores UTC instants.
function toInstant(local: string): string {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : local;
}

interface InteractionFormProps {
  customerId: string;
  contacts: Contact[];
  existing: Interaction | null;
  onClose: () => void;
  onSaved: () => void;
}

export function InteractionForm({
  customerId,
  contacts,
  existing,
  onClose,
  onSaved,
}: InteractionFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const errorText = useFieldErrorText();
  const reportError = useReportError();
  const toInput = useCallback(
    (v: InteractionValues): InteractionCreate => ({
      customerId,
      type: v.type as InteractionType,
      occurredAt: toInstant(v.occurredAt),
      contactId: v.contactId || null,
      summary: v.summary,
      outcome: v.outcome,
      nextStep: v.nextStep,
    }),
    [customerId],
  );
  const form = useSchemaForm(initialValues(existing, contacts), interactionCreateSchema, toInput);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await form.submit(({ customerId: _owner, ...patch }) =>
      existing
        ? api.interactions.update({ id: existing.id, patch })
        : api.interactions.create({ ...patch, customerId }),
    );
    if (result.ok) onSaved();
    else if (result.error && result.error.code !== 'VALIDATION') reportError(result.error);
  }

  const text = (field: 'summary' | 'outcome' | 'nextStep', rows: number) => (
    <Field
      label={t(`interactions.fields.${field}`)}
      required={field === 'summary'}
      error={errorText(field, form.errors[field])}
    >
      <textarea
        className="textarea"
        name={field}
        rows={rows}
        value={form.values[field]}
        autoFocus={field === 'summary'}
        onChange={(e) => form.setField(field, e.target.value)}
        onBlur={() => form.blur(field)}
      />
    </Field>
  );

  return (
    <Modal
      title={existing ? t('interactions.editTitle') : t('interactions.addTitle')}
      onClose={onClose}
      size="sm"
      testId="interaction-form"
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
        <div className="mini-form__pair">
          <Field label={t('interactions.fields.type')} error={errorText('type', form.errors.type)}>
            <select
              className="select"
              name="type"
              value={form.values.type}
              onChange={(e) => form.setField('type', e.target.value)}
            >
              <EnumOptions
                values={INTERACTION_TYPES}
                label={(type) => t(`enums.interactionType.${type}`)}
              />
            </select>
          </Field>
          <Field
            label={t('interactions.fields.occurredAt')}
            required
            error={errorText('occurredAt', form.errors.occurredAt)}
          >
            <input
              className="input"
              type="datetime-local"
              name="occurredAt"
              value={form.values.occurredAt}
              onChange={(e) => form.setField('occurredAt', e.target.value)}
              onBlur={() => form.blur('occurredAt')}
            />
          </Field>
        </div>
        <Field
          label={t('interactions.fields.contact')}
          error={errorText('contactId', form.errors.contactId)}
        >
          <select
            className="select"
            name="contactId"
            value={form.values.contactId}
            onChange={(e) => form.setField('contactId', e.target.value)}
          >
            <option value="">{t('interactions.noContact')}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title ? `${c.name} · ${c.title}` : c.name}
              </option>
            ))}
          </select>
        </Field>
        {text('summary', 3)}
        {text('outcome', 2)}
        {text('nextStep', 2)}
      </form>
    </Modal>
  );
}
