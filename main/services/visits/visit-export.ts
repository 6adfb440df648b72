import { writeFile } from 'node:fs/promises';
import type { Visit } from '../../../shared/domain/visit';
import { isoNow } from '../clock';
import { readLanguage } from '../reminders/reminder-settings';
import type { ServiceDeps } from '../service-deps';
import { buildIcs } from './ics';
import { listVisits } from './visits.service';

/**
 * Writes the visits planned in [from, to) as an .ics file (cancelled ones as STATUS:CANCELLED
 * so calendars that imported them before drop them). `path` was checked by the handler.
 */
export async function exportVisitsIcs(
  deps: ServiceDeps,
  input: { from: string; to: string; path: string },
): Promise<{ path: string; count: number }> {
  const { items } = await listVisits(deps, { from: input.from, to: input.to });
  const language = await readLanguage(deps.db.kysely);
  const labels = { visit: language === 'en' ? 'Visit' : '拜访' };
  const text = buildIcs(items satisfies Visit[], isoNow(deps.clock), labels);
  await writeFile(input.path, text, 'utf8');
  return { path: input.path, count: items.length };
}
