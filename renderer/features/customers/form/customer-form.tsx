import { useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPANY_SIZES,
  CUSTOMER_KINDS,
  GENDERS,
  LEAD_SOURCES,
  STAGES,
  TIERS,
} from '../../../../shared/domain/enums';
import type { Customer } from '../../../../shared/domain/customer';
import { Modal } from '../../../ui/modal';
import { Field } from '../../../ui/form-field';
import { useFieldErrorText } from '../../../ui/use-field-error-text';
import { useReportError } from '../../../ui/use-report-error';
import { useCustomerForm } from './use-customer-form';
import { useDuplicates } from './use-duplicates';
import { DuplicateBanner } from './duplicate-banner';
import type { CustomerFormField } from './form-values';
import './customer-form.css';

interface CustomerFormProps {
  existing: Customer | null;
  onClose: () => void;
  onSaved: (customer: Customer, created: boolean) => void;
  onOpenExisting: (id: string) => void;
}

type EnumSpec = { values: readonly string[]; labels: string; optional: boolean };
const ENUM_FIELDS: Partial<Record<CustomerFormField, EnumSpec>> = {
  kind: { values: CUSTOMER_KINDS, labels: 'enums.kind', optional: false },
  tier: { values: TIERS, labels: 'enums.tier', optional: false },
  stage: { values: STAGES, labels: 'enums.stage', optional: false },
  size: { values: COMPANY_SIZES, labels: 'enums.size', optional: true },
  source: { values: LEAD_SOURCES, labels: 'enums.source', optional: true },
  gender: { values: GENDERS, labels: 'enums.gender', optional: true },
};

const GROUPS: { key: string; fields: CustomerFormField[] }[] = [
  {
    key: 'basic',
    fields: ['name', 'kind', 'company', 'phone', 'email', 'title', 'gender', 'birthday'],
  },
  { key: 'classification', fields: ['tier', 'stage', 'industry', 'size', 'source', 'owner'] },
  { key: 'address', fields: ['province', 'city', 'district', 'address', 'lat', 'lng'] },
  { key: 'notes', fields: ['notes'] },
];
const WIDE: ReadonlySet<CustomerFormField> = new Set(['name', 'address', 'notes']);

export function CustomerForm({ existing, onClose, onSaved, onOpenExisting }: CustomerFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useCustomerForm(existing);
  const errorText = useFieldErrorText();
  const reportError = useReportError();
  const duplicates = useDuplicates(existing === null, form.values.phone, form.values.email);
  const anyError = Object.keys(form.errors).length > 0;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await form.submit();
    if (result.ok) {
      onSaved(result.customer, existing === null);
      return;
    }
    if (result.error && result.error.code !== 'VALIDATION') reportError(result.error);
    // Put the cursor where the first problem is.
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-form="${formId}"] [aria-invalid="true"]`)?.focus();
    });
  }

  function control(field: CustomerFormField): JSX.Element {
    const common = {
      name: field,
      value: form.values[field],
      onBlur: () => form.blur(field),
      'data-field': field,
    };
    const spec = ENUM_FIELDS[field];
    if (spec) {
      return (
        <select
          className="select"
          {...common}
          onChange={(e) => form.setField(field, e.target.value)}
        >
          {spec.optional ? <option value="">{t('common.select')}</option> : null}
          {spec.values.map((v) => (
            <option key={v} value={v}>
              {t(`${spec.labels}.${v}`)}
            </option>
          ))}
        </select>
      );
    }
    if (field === 'notes') {
      return (
        <textarea
          className="textarea"
          rows={4}
          {...common}
          onChange={(e) => form.setField(field, e.target.value)}
        />
      );
    }
    const type =
      field === 'birthday'
        ? 'date'
        : field === 'email'
          ? 'email'
          : field === 'phone'
            ? 'tel'
            : 'text';
    return (
      <input
        className="input"
        type={type}
        inputMode={field === 'lat' || field === 'lng' ? 'decimal' : undefined}
        placeholder={field === 'name' ? t('form.namePlaceholder') : undefined}
        autoFocus={field === 'name'}
        autoComplete="off"
        {...common}
        onChange={(e) => form.setField(field, e.target.value)}
      />
    );
  }

  return (
    <Modal
      title={existing ? t('form.editTitle') : t('form.createTitle')}
      onClose={onClose}
      testId="customer-form"
      footer={
        <>
          {anyError ? <span className="modal__footer-hint">{t('form.fixErrors')}</span> : null}
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={form.saving}>
            {form.saving ? t('common.saving') : existing ? t('common.save') : t('form.create')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        data-form={formId}
        className="cform"
        noValidate
        onSubmit={(e) => void onSubmit(e)}
      >
        <DuplicateBanner matches={duplicates} onOpen={onOpenExisting} />
        {GROUPS.map((group) => (
          <fieldset key={group.key} className="cform__group">
            <legend className="cform__legend">{t(`form.groups.${group.key}`)}</legend>
            <div className="cform__grid">
              {group.fields.map((field) => (
                <Field
                  key={field}
                  label={t(`fields.${field}`)}
                  required={field === 'name'}
                  error={errorText(field, form.errors[field])}
                  className={WIDE.has(field) ? 'cform__wide' : undefined}
                >
                  {control(field)}
                </Field>
              ))}
            </div>
          </fieldset>
        ))}
      </form>
    </Modal>
  );
}
