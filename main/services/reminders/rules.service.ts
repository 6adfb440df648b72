import type { ReminderRules, ReminderRulesPatch } from '../../../shared/domain/reminder';
import { isoNow } from '../clock';
import type { ServiceDeps } from '../service-deps';
import { readReminderRules, writeReminderRules } from './reminder-settings';

export function getReminderRules(deps: ServiceDeps): Promise<ReminderRules> {
  return readReminderRules(deps.db.kysely);
}

export async function updateReminderRules(
  deps: ServiceDeps,
  patch: ReminderRulesPatch,
): Promise<ReminderRules> {
  const rules = await writeReminderRules(deps.db.kysely, patch, isoNow(deps.clock));
  // The scheduler re-runs the rules off the IPC path (in its worker) when it hears this.
  deps.emit('reminder.rulesChanged', {});
  return rules;
}
