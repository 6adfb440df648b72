import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import {
  listVisitRows,
  saveRouteOrder,
  type VisitWithCustomer,
} from '../../../db/repositories/visits.repository';
import type { CoordSource, VisitRoute } from '../../../shared/domain/visit';
import { isoNow } from '../clock';
import { fromWallTime, localDayBounds } from '../reminders/time-zone';
import type { ServiceDeps } from '../service-deps';
import { lookupPlace, type GeoPoint } from './gazetteer';
import { measureRoute, planRoute } from './routing';
import { todayStart, userTimeZone, visitsChanged } from './visit-context';
import { notOnDate } from './visit-errors';
import { toVisit } from './visit-mapper';
import { homePoint, readVisitSettings } from './visit-settings';

type Located = GeoPoint & { source: CoordSource };

/**
 * Where a stop is: the visit's own point (typed in, or where the user checked in — the most
 * specific place for this visit), else the customer's exact point, else the gazetteer point of
 * the customer's district/city/province. Null means unknown: listed last, flagged.
 */
export function locateVisit(row: VisitWithCustomer): Located | null {
  if (row.lat !== null && row.lng !== null) return { lat: row.lat, lng: row.lng, source: 'visit' };
  if (row.customer_lat !== null && row.customer_lng !== null) {
    return { lat: row.customer_lat, lng: row.customer_lng, source: 'customer' };
  }
  const hit = lookupPlace(row.province, row.city, row.district);
  return hit ? { lat: hit.lat, lng: hit.lng, source: 'gazetteer' } : null;
}

async function dayRows(db: Kysely<Database>, date: string): Promise<VisitWithCustomer[]> {
  const zone = await userTimeZone(db);
  const [year, month, day] = date.split('-').map(Number);
  // Noon is safely inside the day whatever the zone's DST rules do at midnight.
  const noon = fromWallTime(
    {
      year: year ?? 1970,
      month: month ?? 1,
      day: day ?? 1,
      hour: 12,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    zone,
  );
  const { start, end } = localDayBounds(noon, zone);
  const rows = await listVisitRows(db, {
    from: start.toISOString(),
    to: end.toISOString(),
    todayStart: '',
    limit: 500,
  });
  return rows.filter((r) => r.status !== 'cancelled');
}

const round = (km: number): number => Math.round(km * 100) / 100;

/** The day's visits in route order with leg and total distances; unknown places last. */
export async function visitRoute(deps: ServiceDeps, date: string): Promise<VisitRoute> {
  const rows = await dayRows(deps.db.kysely, date);
  const home = homePoint(await readVisitSettings(deps.db.kysely));
  const today = await todayStart(deps);
  const located: { row: VisitWithCustomer; at: Located }[] = [];
  const unknown: VisitWithCustomer[] = [];
  for (const row of rows) {
    const at = locateVisit(row);
    if (at) located.push({ row, at });
    else unknown.push(row);
  }
  const manual = rows.some((r) => r.route_order !== null);
  const points = located.map((l) => l.at);
  const plan = manual
    ? measureRoute(
        home,
        points,
        located
          .map((l, i) => ({ i, key: l.row.route_order ?? Number.MAX_SAFE_INTEGER }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.i),
      )
    : planRoute(home, points);
  const stops: VisitRoute['stops'] = plan.order.map((i, k) => {
    const l = located[i];
    if (!l) throw new Error('route index out of range');
    return {
      visit: toVisit(l.row, today),
      coord: { lat: l.at.lat, lng: l.at.lng, source: l.at.source },
      unknownPlace: false,
      // Without a start the first stop has no leg to measure.
      legKm: k === 0 && !home ? null : round(plan.legsKm[k] ?? 0),
    };
  });
  for (const row of unknown) {
    stops.push({ visit: toVisit(row, today), coord: null, unknownPlace: true, legKm: null });
  }
  return {
    date,
    start: home ? { lat: home.lat, lng: home.lng, label: home.label } : null,
    manual,
    stops,
    totalKm: round(plan.totalKm),
  };
}

/** Saves the user's order for the day; an empty list goes back to the computed route. */
export async function reorderVisits(
  deps: ServiceDeps,
  date: string,
  ids: readonly string[],
): Promise<VisitRoute> {
  const now = isoNow(deps.clock);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const dayIds = (await dayRows(trx, date)).map((r) => r.id);
    const onDay = new Set(dayIds);
    const stray = ids.filter((id) => !onDay.has(id));
    if (stray.length > 0) throw notOnDate(stray, date);
    await saveRouteOrder(trx, dayIds, [...new Set(ids)], now);
  });
  visitsChanged(deps);
  return visitRoute(deps, date);
}
