import { useCallback, useMemo, useState } from 'react';
import {
  customerCreateSchema,
  customerPatchSchema,
  type Customer,
} from '../../../../shared/domain/customer';
import { api } from '../../../lib/api';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { hasErrors, issuesToFieldErrors, type FieldErrors } from '../../../lib/field-errors';
import {
  CUSTOMER_FORM_FIELDS,
  emptyValues,
  valuesFromCustomer,
  valuesToInput,
  type CustomerFormField,
  type CustomerFormValues,
} from './form-values';

export type SubmitResult = { ok: true; customer: Customer } | { ok: false; error: ApiError | null };

/**
 * Form state for creating or editing a customer, validated with the same zod schemas the
 * server uses: on blur for touched fields, on submit for all of them.
 */
export function useCustomerForm(existing: Customer | null) {
  const initial = useMemo(
    () => (existing ? valuesFromCustomer(existing) : emptyValues()),
    [existing],
  );
  const [values, setValues] = useState<CustomerFormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const validate = useCallback(
    (next: CustomerFormValues): FieldErrors => {
      const schema = existing ? customerPatchSchema : customerCreateSchema;
      const parsed = schema.safeParse(valuesToInput(next));
      return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
    },
    [existing],
  );

  const setField = useCallback(
    (field: CustomerFormField, value: string) => {
      setValues((prev) => {
        const next = { ...prev, [field]: value };
        // Once a field shows an error, re-check as the user types so it clears promptly.
        setErrors((prevErrors) => (prevErrors[field] ? validate(next) : prevErrors));
        return next;
      });
    },
    [validate],
  );

  const blur = useCallback(
    (field: CustomerFormField) => {
      setTouched((prev) => new Set(prev).add(field));
      setErrors(validate(values));
    },
    [validate, values],
  );

  const submit = useCallback(async (): Promise<SubmitResult> => {
    const all = new Set<string>(CUSTOMER_FORM_FIELDS);
    setTouched(all);
    const found = validate(values);
    setErrors(found);
    if (hasErrors(found)) return { ok: false, error: null };
    setSaving(true);
    try {
      const input = valuesToInput(values);
      const customer = existing
        ? await api.customers.update({ id: existing.id, patch: input })
        : await api.customers.create(input);
      return { ok: true, customer };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'VALIDATION' && apiError.issues.length) {
        setErrors(issuesToFieldErrors(apiError.issues));
      }
      return { ok: false, error: apiError };
    } finally {
      setSaving(false);
    }
  }, [existing, validate, values]);

  // Only touched fields show their error, so a fresh form is not covered in red.
  const visibleErrors = useMemo(() => {
    const shown: FieldErrors = {};
    for (const [field, key] of Object.entries(errors)) if (touched.has(field)) shown[field] = key;
    return shown;
  }, [errors, touched]);

  return { values, setField, blur, submit, saving, errors: visibleErrors };
}
