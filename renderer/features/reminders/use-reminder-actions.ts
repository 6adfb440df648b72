import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder, ReminderCompleteInput } from '../../../shared/domain/reminder';
import { api } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { useReportError } from '../../ui/use-report-error';
import { useRemindersStore } from './reminders-store';
import { useDueFormat } from './use-due-format';

const UNDO_WINDOW_MS = 8_000;

/** Complete, snooze and delete with the toast that confirms each; every list then reloads. */
export function useReminderActions() {
  const { t } = useTranslation();
  const show = useToastStore((s) => s.show);
  const changed = useRemindersStore((s) => s.changed);
  const reportError = useReportError();
  const { fromIso } = useDueFormat();

  // Undo of a completion: open again, and the next occurrence and timeline entry it made go.
  const reopen = useCallback(
    async (reminder: Reminder, interactionId: string | undefined): Promise<void> => {
      try {
        await api.reminders.reopen({
          id: reminder.id,
          ...(interactionId ? { interactionId } : {}),
        });
        show({ tone: 'info', title: t('reminders.toast.reopened', { title: reminder.title }) });
      } catch (error) {
        reportError(error);
      }
      changed();
    },
    [changed, reportError, show, t],
  );

  const complete = useCallback(
    async (reminder: Reminder, extra: Omit<ReminderCompleteInput, 'id'> = {}): Promise<boolean> => {
      try {
        const result = await api.reminders.complete({ id: reminder.id, ...extra });
        const details = [
          result.next
            ? t('reminders.toast.completedNext', { when: fromIso(result.next.dueAt) })
            : null,
          result.interaction ? t('reminders.toast.interactionLogged') : null,
        ].filter((d): d is string => d !== null);
        const interactionId = result.interaction?.id;
        show({
          tone: 'info',
          title: t('reminders.toast.completed', { title: reminder.title }),
          ...(details.length ? { detail: details.join(' · ') } : {}),
          duration: UNDO_WINDOW_MS,
          action: {
            label: t('common.undo'),
            run: () => void reopen(reminder, interactionId),
          },
        });
        changed();
        return true;
      } catch (error) {
        reportError(error);
        // Whatever failed (already done elsewhere, deleted), show the current state.
        changed();
        return false;
      }
    },
    [changed, fromIso, reopen, reportError, show, t],
  );

  /** `until` is a local Date; the API receives its UTC instant. */
  const snooze = useCallback(
    async (reminder: Reminder, until: Date): Promise<boolean> => {
      try {
        const saved = await api.reminders.snooze({ id: reminder.id, until: until.toISOString() });
        show({
          tone: 'info',
          title: t('reminders.toast.snoozed', { when: fromIso(saved.effectiveDueAt) }),
        });
        changed();
        return true;
      } catch (error) {
        reportError(error);
        // Whatever failed (already done elsewhere, deleted), show the current state.
        changed();
        return false;
      }
    },
    [changed, fromIso, reportError, show, t],
  );

  const remove = useCallback(
    async (reminder: Reminder): Promise<boolean> => {
      try {
        await api.reminders.remove({ id: reminder.id });
        show({ tone: 'info', title: t('reminders.toast.removed') });
        changed();
        return true;
      } catch (error) {
        reportError(error);
        // Whatever failed (already done elsewhere, deleted), show the current state.
        changed();
        return false;
      }
    },
    [changed, reportError, show, t],
  );

  return { complete, snooze, remove };
}
