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

// How a city is stored varies by source (成都 / 成都市, 延边朝鲜族自治州); each spelling is one
// indexed range, so a handful of exact lookups is cheaper than one OR that sorts.
const CITY_SUFFIXES = ['', '市', '地区', '自治州', '盟'];

export function citySpellings(city: string): string[] {
  const typed = city.trim();
  const base = normalizePlaceName(typed);
  return [...new Set([typed, ...CITY_SUFFIXES.map((suffix) => base + suffix)])];
}

/**
 * Customers due a visit by tier cadence (potential customers have none), ranked by how overdue
 * they are: one indexed, LIMITed range per tier (and city spelling). The app runs it in a
 * worker thread with its own connection (suggest-runner.ts); this is what the worker calls.
 */
export async function suggestVisits(
  deps: ServiceDeps,
  input: { limit?: number | undefined; city?: string | undefined } | undefined,
): Promise<VisitSuggestions> {
  const limit = input?.limit ?? DEFAULT_LIMIT;
  const cities = input?.city?.trim() ? citySpellings(input.city) : [null];
  const settings = await readVisitSettings(deps.db.kysely);
  const now = deps.clock.now();
  const start = await todayStart(deps);
  const all: Suggestion[] = [];
  for (const [tier, days] of Object.entries(settings.cadenceDays) as [Tier, number][]) {
    for (const city of cities) {
      const rows = await dueCustomersOfTier(deps.db.kysely, {
        tier,
        dueBefore: new Date(now.getTime() - days * DAY_MS).toISOString(),
        todayStart: start,
        city,
        limit,
      });
      all.push(...rows.map((r) => toSuggestion(r, days, now.getTime())));
    }
  }
  const top = all
    .sort((a, b) => b.overdueDays - a.overdueDays || a.customerId.localeCompare(b.customerId))
    .slice(0, limit);
  return { asOf: now.toISOString(), count: top.length, groups: groupByArea(top) };
}
