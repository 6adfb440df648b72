import type { Db } from '../../../../db/open-database';
import { registerReminderFunctions } from '../../../../db/repositories/reminders-rules.repository';
import { effectiveTimeZone, readLanguage, readReminderRules } from '../reminder-settings';
import { runBirthdayRule } from './birthdays';
import { runNoContactRule } from './no-contact';
import { addCalendarDays, atLocalTime, toWallTime } from '../time-zone';
import { ruleText } from './rule-text';
import { runVisitFollowUpRule } from './visit-follow-up';

export interface RuleRunResult {
  created: number;
  byRule: { noContact: number; birthdays: number; visitFollowUp: number };
}

/**
 * Evaluates every automatic rule once. Idempotent: a second run at the same time creates
 * nothing. The same function runs in the rules worker (its own connection) and in-process
 * (tests, in-memory databases).
 */
export async function runReminderRules(db: Db, now: Date): Promise<RuleRunResult> {
  const rules = await readReminderRules(db.kysely);
  const text = ruleText(await readLanguage(db.kysely));
  const timeZone = effectiveTimeZone(rules);
  registerReminderFunctions(db.raw, (instant, days) => {
    const day = addCalendarDays(toWallTime(new Date(instant), timeZone), days);
    return atLocalTime(day, rules.notifyAt, timeZone).toISOString();
  });
  const noContact = await runNoContactRule(
    db.kysely,
    rules.noContact,
    { now, timeZone, notifyAt: rules.notifyAt },
    text,
  );
  const birthdays = await runBirthdayRule(
    db.kysely,
    rules.birthdays,
    rules.notifyAt,
    timeZone,
    now,
    text,
  );
  const visitFollowUp = await runVisitFollowUpRule(db.kysely, rules.visitFollowUp, now, text);
  return {
    created: noContact + birthdays + visitFollowUp,
    byRule: { noContact, birthdays, visitFollowUp },
  };
}
