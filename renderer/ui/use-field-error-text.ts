import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

// Zod's own messages (e.g. a number field given text) are not i18n keys; those fall back to a
// field-specific or generic key so the user never sees raw English from the library.
const FALLBACK_BY_FIELD: Record<string, string> = {
  lat: 'validation.lat',
  lng: 'validation.lng',
  occurredAt: 'validation.instant',
  birthday: 'validation.date',
};

/** Translates the i18n key of a field's validation issue into the UI language. */
export function useFieldErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (field: string, key: string | undefined): string | null => {
      if (!key) return null;
      if (key.startsWith('validation.') && i18n.exists(key)) return t(key);
      return t(FALLBACK_BY_FIELD[field] ?? 'validation.invalid');
    },
    [t, i18n],
  );
}
