import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { readSetting, writeSetting } from '../../../db/repositories/settings.repository';
import {
  DEFAULT_VISIT_SETTINGS,
  visitSettingsSchema,
  type VisitSettings,
  type VisitSettingsPatch,
} from '../../../shared/domain/visit';
import { lookupPlace, type GeoPoint } from './gazetteer';

const SETTINGS_KEY = 'visits.settings';

function parseJson(text: string | null): unknown {
  if (text === null) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

/** Stored settings over the defaults; a damaged value falls back rather than failing a screen. */
export async function readVisitSettings(db: Kysely<Database>): Promise<VisitSettings> {
  const stored = parseJson(await readSetting(db, SETTINGS_KEY));
  const merged =
    typeof stored === 'object' && stored !== null
      ? { ...DEFAULT_VISIT_SETTINGS, ...stored }
      : DEFAULT_VISIT_SETTINGS;
  const parsed = visitSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_VISIT_SETTINGS;
}

export async function writeVisitSettings(
  db: Kysely<Database>,
  patch: VisitSettingsPatch,
  now: string,
): Promise<VisitSettings> {
  const current = await readVisitSettings(db);
  const cadence = Object.fromEntries(
    Object.entries(patch.cadenceDays ?? {}).filter(([, v]) => v !== undefined),
  );
  const next = visitSettingsSchema.parse({
    home: patch.home !== undefined ? patch.home : current.home,
    cadenceDays: { ...current.cadenceDays, ...cadence },
    defaultDurationMin: patch.defaultDurationMin ?? current.defaultDurationMin,
  });
  await writeSetting(db, SETTINGS_KEY, JSON.stringify(next), now);
  return next;
}

/** Where the day starts: the exact home/office point, else its gazetteer place, else none. */
export function homePoint(settings: VisitSettings): (GeoPoint & { label: string | null }) | null {
  const home = settings.home;
  if (!home) return null;
  const label = home.label ?? home.address ?? null;
  if (home.lat != null && home.lng != null) return { lat: home.lat, lng: home.lng, label };
  const hit = lookupPlace(home.province, home.city, home.district);
  return hit ? { lat: hit.lat, lng: hit.lng, label } : null;
}
