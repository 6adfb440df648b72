import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { ReminderRules } from '../../../../shared/domain/reminder';
import { insertVisitFollowUps } from '../../../../db/repositories/reminders-rules.repository';
import type { RuleText } from './rule-text';

const DAY_MS = 86_400_000;
// Visits logged long ago (an import of old history) should not flood the overdue list with
// follow-ups nobody can still act on: only follow-ups due within the last two weeks or later.
const GRACE_DAYS = 14;

export async function runVisitFollowUpRule(
  db: Kysely<Database>,
  settings: ReminderRules['visitFollowUp'],
  now: Date,
  text: RuleText,
): Promise<number> {
  if (!settings.enabled) return 0;
  return insertVisitFollowUps(db, {
    days: settings.days,
    since: new Date(now.getTime() - (settings.days + GRACE_DAYS) * DAY_MS).toISOString(),
    now: now.toISOString(),
    titlePrefix: text.visitFollowUpPrefix,
  });
}
