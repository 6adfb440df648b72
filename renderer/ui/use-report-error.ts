import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../lib/api-error';
import { useToastStore } from '../stores/toast-store';

/** Translated title for any ApiError key, with a generic fallback for keys added later. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const err = toApiError(error);
      const key = err.messageKey;
      const title = i18n.exists(key)
        ? t(key)
        : key.startsWith('errors.notFound')
          ? t('errors.notFound.generic')
          : t('errors.unknown');
      const helpKey = `errorHelp.${key.replace(/^errors\./, '').split('.')[0] ?? 'unknown'}`;
      const help = i18n.exists(helpKey) ? t(helpKey) : t('errorHelp.unknown');
      return { title, help };
    },
    [t, i18n],
  );
}

/** Shows an ApiError (or anything thrown) as an error toast: what happened and what to do. */
export function useReportError() {
  const show = useToastStore((s) => s.show);
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      const { title, help } = errorText(error);
      show({ tone: 'error', title, detail: help });
    },
    [show, errorText],
  );
}
