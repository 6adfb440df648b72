import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { readSetting, writeSetting } from '../../../db/repositories/settings.repository';
import { LANGUAGES, type Language } from '../../../shared/domain/enums';
import {
  DEFAULT_REMINDER_RULES,
  reminderRulesSchema,
  type ReminderRules,
  type ReminderRulesPatch,
} from '../../../shared/domain/reminder';
import { systemTimeZone } from './time-zone';

const RULES_KEY = 'reminders.rules';
// Owned by settings.service; read here only to write rule titles in the user's language.
const LANGUAGE_KEY = 'ui.language';

function parseJson(text: string | null): unknown {
  if (text === null) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

/** The stored rule settings over their defaults; a damaged or newer value falls back. */
export async function readReminderRules(db: Kysely<Database>): Promise<ReminderRules> {
  const parsed = reminderRulesSchema.safeParse(parseJson(await readSetting(db, RULES_KEY)));
  return parsed.success ? parsed.data : DEFAULT_REMINDER_RULES;
}

export async function writeReminderRules(
  db: Kysely<Database>,
  patch: ReminderRulesPatch,
  now: string,
): Promise<ReminderRules> {
  const current = await readReminderRules(db);
  const next = reminderRulesSchema.parse({
    ...current,
    ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
    ...(patch.notifyAt !== undefined ? { notifyAt: patch.notifyAt } : {}),
    noContact: {
      ...current.noContact,
      ...(patch.noContact?.enabled !== undefined ? { enabled: patch.noContact.enabled } : {}),
      ...(patch.noContact?.dailyLimit !== undefined
        ? { dailyLimit: patch.noContact.dailyLimit }
        : {}),
      days: { ...current.noContact.days, ...withoutUndefined(patch.noContact?.days ?? {}) },
    },
    birthdays: { ...current.birthdays, ...withoutUndefined(patch.birthdays ?? {}) },
    visitFollowUp: { ...current.visitFollowUp, ...withoutUndefined(patch.visitFollowUp ?? {}) },
  });
  await writeSetting(db, RULES_KEY, JSON.stringify(next), now);
  return next;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The zone "today" is computed in: the user's choice, else the computer's. */
export function effectiveTimeZone(rules: ReminderRules): string {
  return rules.timeZone ?? systemTimeZone();
}

export async function readLanguage(db: Kysely<Database>): Promise<Language | null> {
  const value = parseJson(await readSetting(db, LANGUAGE_KEY));
  return LANGUAGES.find((l) => l === value) ?? null;
}
