import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { useRemindersStore } from './reminders-store';

// Counts move with the clock (today's reminders become overdue) without any write happening.
const COUNTS_REFRESH_MS = 5 * 60_000;

/** In Electron main shows an OS notification; in the browser bridge a toast stands in for it. */
function hasOsNotifications(): boolean {
  return typeof (globalThis as { api?: unknown }).api === 'object';
}

/**
 * Mounted once by the layout: keeps the reminder counts fresh, turns `reminder.due` into a toast
 * where there is no OS notification, and opens the customer a notification was clicked for.
 */
export function useReminderEvents(): void {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const changed = useRemindersStore((s) => s.changed);
  const refreshCounts = useRemindersStore((s) => s.refreshCounts);
  const show = useToastStore((s) => s.show);

  useEffect(() => {
    void refreshCounts();
    const timer = setInterval(() => void refreshCounts(), COUNTS_REFRESH_MS);
    const onFocus = () => void refreshCounts();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refreshCounts]);

  useEffect(() => {
    const offChanged = onEvent('data.changed', ({ domain }) => {
      // Interactions matter too: logging a contact can close a "no contact" reminder.
      if (domain === 'reminders' || domain === 'interactions' || domain === 'customers') changed();
    });
    const offDue = onEvent('reminder.due', (due) => {
      changed();
      if (hasOsNotifications()) return;
      const customerId = due.customerId;
      show({
        tone: 'info',
        title: due.title,
        detail: due.body,
        duration: 15_000,
        action: {
          label: customerId ? t('reminders.toast.open') : t('reminders.title'),
          run: () => void navigate(customerId ? `/customers/${customerId}` : '/reminders'),
        },
      });
    });
    const offOpen = onEvent('reminder.open', ({ customerId }) => {
      void navigate(customerId ? `/customers/${customerId}` : '/reminders');
    });
    return () => {
      offChanged();
      offDue();
      offOpen();
    };
  }, [changed, navigate, show, t]);
}
