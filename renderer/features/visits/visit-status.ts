import type { Visit } from '../../../shared/domain/visit';
import { daysFromToday } from './visit-dates';

export const VISIT_VIEW_STATUSES = ['planned', 'checkedIn', 'done', 'cancelled', 'missed'] as const;
export type VisitViewStatus = (typeof VISIT_VIEW_STATUSES)[number];

/**
 * What the user sees: a planned visit whose day has passed without a check-in is "missed" even
 * before the backend marks it, and a checked-in visit is its own step before "done".
 */
export function viewStatus(visit: Visit, now: Date): VisitViewStatus {
  if (visit.status === 'done' || visit.status === 'cancelled' || visit.status === 'missed') {
    return visit.status;
  }
  if (visit.checkedInAt) return 'checkedIn';
  return daysFromToday(visit.plannedAt, now) < 0 ? 'missed' : 'planned';
}

/** Only visits still ahead can be moved, checked in or completed. */
export function isOpen(status: VisitViewStatus): boolean {
  return status === 'planned' || status === 'checkedIn' || status === 'missed';
}
