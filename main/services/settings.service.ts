import { settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { readSetting, writeSetting } from '../../db/repositories/settings.repository';
import { isoNow } from './clock';
import type { ServiceDeps } from './service-deps';

const LANGUAGE_KEY = 'ui.language';

export async function getSettings(deps: ServiceDeps): Promise<Settings> {
  const language = await readSetting(deps.db.kysely, LANGUAGE_KEY);
  // A value written by a later build may be unknown here: fall back rather than fail.
  const parsed = settingsSchema.safeParse({
    language: language ? (JSON.parse(language) as unknown) : null,
  });
  return parsed.success ? parsed.data : { language: null };
}

export async function updateSettings(deps: ServiceDeps, patch: SettingsPatch): Promise<Settings> {
  if (patch.language !== undefined) {
    await writeSetting(
      deps.db.kysely,
      LANGUAGE_KEY,
      JSON.stringify(patch.language),
      isoNow(deps.clock),
    );
    // Titles the reminder rules wrote are shown in the language just chosen.
    deps.emit('data.changed', { domain: 'reminders' });
  }
  return getSettings(deps);
}
