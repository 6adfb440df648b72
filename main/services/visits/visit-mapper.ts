import type { VisitWithCustomer } from '../../../db/repositories/visits.repository';
import type { Visit, VisitStatus } from '../../../shared/domain/visit';

/** planned + never checked in + planned before today's start (user's zone) reads as missed. */
export function visitStatus(
  row: Pick<VisitWithCustomer, 'status' | 'checked_in_at' | 'planned_at'>,
  todayStart: string,
): VisitStatus {
  if (row.status === 'planned' && row.checked_in_at === null && row.planned_at < todayStart) {
    return 'missed';
  }
  return row.status;
}

export function toVisit(row: VisitWithCustomer, todayStart: string): Visit {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    plannedAt: row.planned_at,
    durationMin: row.duration_min,
    purpose: row.purpose,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    status: visitStatus(row, todayStart),
    outcome: row.outcome,
    checkedInAt: row.checked_in_at,
    checkInNote: row.check_in_note,
    completedAt: row.completed_at,
    routeOrder: row.route_order,
    province: row.province,
    city: row.city,
    district: row.district,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
