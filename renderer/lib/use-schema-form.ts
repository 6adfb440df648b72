import { useCallback, useMemo, useState } from 'react';
import type { ZodType } from 'zod';
import { toApiError, type ApiError } from './api-error';
import { hasErrors, issuesToFieldErrors, type FieldErrors } from './field-errors';

type FormValues = Record<string, string | boolean>;

export type SchemaSubmitResult<T> = { ok: true; value: T } | { ok: false; error: ApiError | null };

/**
 * Small form state for the contact and interaction forms: validates with a shared zod schema on
 * blur and on submit, and maps server VALIDATION issues back onto the fields.
 */
export function useSchemaForm<V extends FormValues, I>(
  initial: V,
  schema: ZodType,
  toInput: (values: V) => I,
) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const validate = useCallback(
    (next: V): FieldErrors => {
      const parsed = schema.safeParse(toInput(next));
      return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
    },
    [schema, toInput],
  );

  const setField = useCallback(
    <K extends keyof V & string>(field: K, value: V[K]) => {
      setValues((prev) => {
        const next = { ...prev, [field]: value };
        setErrors((prevErrors) => (prevErrors[field] ? validate(next) : prevErrors));
        return next;
      });
    },
    [validate],
  );

  const blur = useCallback(
    (field: keyof V & string) => {
      setTouched((prev) => new Set(prev).add(field));
      setErrors(validate(values));
    },
    [validate, values],
  );

  const submit = useCallback(
    async <T>(send: (input: I) => Promise<T>): Promise<SchemaSubmitResult<T>> => {
      setTouched(new Set(Object.keys(values)));
      const found = validate(values);
      setErrors(found);
      if (hasErrors(found)) return { ok: false, error: null };
      setSaving(true);
      try {
        return { ok: true, value: await send(toInput(values)) };
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.code === 'VALIDATION' && apiError.issues.length) {
          setErrors(issuesToFieldErrors(apiError.issues));
        }
        return { ok: false, error: apiError };
      } finally {
        setSaving(false);
      }
    },
    [toInput, validate, values],
  );

  const visibleErrors = useMemo(() => {
    const shown: FieldErrors = {};
    for (const [field, key] of Object.entries(errors)) if (touched.has(field)) shown[field] = key;
    return shown;
  }, [errors, touched]);

  return { values, setField, blur, submit, saving, errors: visibleErrors };
}
