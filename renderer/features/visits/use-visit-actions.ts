import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { api } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { useReportError } from '../../ui/use-report-error';
import { useVisitFormat } from './use-visit-format';
import { useVisitsStore } from './visits-store';

export interface CompleteInput {
  outcome: string;
  nextStep?: string;
  followUp?: { dueAt: string; title: string };
}

/** Every change to a visit, with its toast and error report, then a reload of visits views. */
export function useVisitActions() {
  const { t } = useTranslation();
  const show = useToastStore((s) => s.show);
  const reportError = useReportError();
  const changed = useVisitsStore((s) => s.changed);
  const { when } = useVisitFormat();

  const run = useCallback(
    async (work: () => Promise<string | null>): Promise<boolean> => {
      try {
        const title = await work();
        if (title) show({ tone: 'info', title });
        changed();
        return true;
      } catch (error) {
        reportError(error);
        // The visit may have changed elsewhere (checked in twice, cancelled meanwhile): show
        // its current state rather than the stale one the user acted on.
        changed();
        return false;
      }
    },
    [show, changed, reportError],
  );

  const move = useCallback(
    (visit: Visit, plannedAt: string) =>
      run(async () => {
        await api.visits.update({ id: visit.id, patch: { plannedAt } });
        return t('visits.toast.moved', { when: when(plannedAt) });
      }),
    [run, t, when],
  );

  const checkIn = useCallback(
    (visit: Visit) =>
      run(async () => {
        await api.visits.checkIn({ id: visit.id });
        return t('visits.toast.checkedIn', { customer: visit.customerName });
      }),
    [run, t],
  );

  const complete = useCallback(
    (visit: Visit, input: CompleteInput) =>
      run(async () => {
        await api.visits.complete({ id: visit.id, ...input });
        return input.followUp
          ? t('visits.toast.completedFollowUp', { when: when(input.followUp.dueAt) })
          : t('visits.toast.completed', { customer: visit.customerName });
      }),
    [run, t, when],
  );

  const cancel = useCallback(
    (visit: Visit) =>
      run(async () => {
        await api.visits.cancel({ id: visit.id });
        return t('visits.toast.cancelled');
      }),
    [run, t],
  );

  const reorder = useCallback(
    (date: string, ids: string[]) =>
      run(async () => {
        await api.visits.reorder({ date, ids });
        return null;
      }),
    [run],
  );

  return { move, checkIn, complete, cancel, reorder };
}
