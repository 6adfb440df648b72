import type { Tier } from '../../../shared/domain/enums';
import type { VisitSuggestions } from '../../../shared/domain/visit';
import {
  dueCustomersOfTier,
  type DueCustomerRow,
} from '../../../db/repositories/visits-suggest.repository';
import type { ServiceDeps } from '../service-deps';
import { normalizePlaceName } from './gazetteer';
import { todayStart } from './visit-context';
import { readVisitSettings } from './visit-settings';

const DAY_MS = 86_400_000;
const DEFAULT_LIMIT = 200;

type Suggestion = VisitSuggestions['groups'][number]['customers'][number];

function toSuggestion(row: DueCustomerRow, cadenceDays: number, nowMs: number): Suggestion {
  const dueMs = new Date(row.anchor).getTime() + cadenceDays * DAY_MS;
  return {
    customerId: row.id,
    name: row.name,
    tier: row.tier,
    province: row.province,
    city: row.city,
    district: row.district,
    lastVisitAt: row.last_visit_at,
    dueSince: new Date(dueMs).toISOString(),
    overdueDays: Math.floor((nowMs - dueMs) / DAY_MS),
  };
}

/** Groups by (province, city, district) so a day can be filled in one area; worst first. */
export function groupByArea(items: readonly Suggestion[]): VisitSuggestions['groups'] {
  const groups = new Map<string, VisitSuggestions['groups'][number]>();
  for (const s of items) {
    const key = [s.province, s.city, s.district]
      .map((p) => (p ? normalizePlaceName(p) : ''))
      .join('|');
    let g = groups.get(key);
    if (!g) {
      g = {
        province: s.province,
        city: s.city,
        district: s.district,
        maxOverdueDays: 0,
        customers: [],
      };
      groups.set(key, g);
    }
    g.customers.push(s);
    g.maxOverdueDays = Math.max(g.maxOverdueDays, s.overdueDays);
  }
  return [...groups.values()].sort(
    (a, b) => b.maxOverdueDays - a.maxOverdueDays || b.customers.length - a.customers.length,
  );
}

/**
 * Customers due a visit by tier cadence (potential customers have none), ranked by how overdue
 * they are. One indexed, LIMITed range per tier (a few ms at 1M customers), so it runs inline
 * rather than in a worker.
 */
export async function suggestVisits(
  deps: ServiceDeps,
  input: { limit?: number | undefined; city?: string | undefined } | undefined,
): Promise<VisitSuggestions> {
  const limit = input?.limit ?? DEFAULT_LIMIT;
  const city = input?.city ? normalizePlaceName(input.city) : null;
  const settings = await readVisitSettings(deps.db.kysely);
  const now = deps.clock.now();
  const start = await todayStart(deps);
  const all: Suggestion[] = [];
  for (const [tier, days] of Object.entries(settings.cadenceDays) as [Tier, number][]) {
    const rows = await dueCustomersOfTier(deps.db.kysely, {
      tier,
      dueBefore: new Date(now.getTime() - days * DAY_MS).toISOString(),
      todayStart: start,
      city,
      limit,
    });
    all.push(...rows.map((r) => toSuggestion(r, days, now.getTime())));
  }
  const top = all
    .sort((a, b) => b.overdueDays - a.overdueDays || a.customerId.localeCompare(b.customerId))
    .slice(0, limit);
  return { asOf: now.toISOString(), count: top.length, groups: groupByArea(top) };
}
