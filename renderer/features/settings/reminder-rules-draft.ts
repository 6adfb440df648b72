import { TIERS, type Tier } from '../../../shared/domain/enums';
import {
  DEFAULT_REMINDER_RULES,
  reminderRulesPatchSchema,
  type ReminderRules,
  type ReminderRulesPatch,
} from '../../../shared/domain/reminder';

/** The rules as the form holds them: numbers stay text while typed, a tier can be switched off. */
export interface RulesDraft {
  notifyAt: string;
  noContactEnabled: boolean;
  tiers: Record<Tier, { on: boolean; days: string }>;
  /** A daily limit on new follow-ups, and its number (kept while switched off). */
  limitOn: boolean;
  limit: string;
  birthdaysEnabled: boolean;
  birthdayDays: string;
  visitEnabled: boolean;
  visitDays: string;
}

/** Field path ('noContact.days.vip') -> i18n key of its problem. */
export type RulesErrors = Record<string, string>;

const DEFAULT_DAILY_LIMIT = DEFAULT_REMINDER_RULES.noContact.dailyLimit ?? 100;

// When a tier is switched back on with no number of its own, start from a sensible value.
const TIER_FALLBACK: Record<Tier, number> = {
  vip: 14,
  important: 30,
  ordinary: 90,
  potential: 180,
};

export function toDraft(rules: ReminderRules): RulesDraft {
  const tiers = {} as RulesDraft['tiers'];
  for (const tier of TIERS) {
    const days = rules.noContact.days[tier];
    tiers[tier] = { on: days !== null, days: String(days ?? TIER_FALLBACK[tier]) };
  }
  return {
    notifyAt: rules.notifyAt,
    noContactEnabled: rules.noContact.enabled,
    tiers,
    limitOn: rules.noContact.dailyLimit !== null,
    limit: String(rules.noContact.dailyLimit ?? DEFAULT_DAILY_LIMIT),
    birthdaysEnabled: rules.birthdays.enabled,
    birthdayDays: String(rules.birthdays.daysBefore),
    visitEnabled: rules.visitFollowUp.enabled,
    visitDays: String(rules.visitFollowUp.days),
  };
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function toPatch(d: RulesDraft): ReminderRulesPatch {
  const days = {} as Record<Tier, number | null>;
  for (const tier of TIERS) days[tier] = d.tiers[tier].on ? toNumber(d.tiers[tier].days) : null;
  return {
    notifyAt: d.notifyAt,
    noContact: {
      enabled: d.noContactEnabled,
      days,
      dailyLimit: d.limitOn ? toNumber(d.limit) : null,
    },
    birthdays: { enabled: d.birthdaysEnabled, daysBefore: toNumber(d.birthdayDays) },
    visitFollowUp: { enabled: d.visitEnabled, days: toNumber(d.visitDays) },
  };
}

/** Validates with the shared schema, so the form and the service agree on every limit. */
export function checkDraft(
  d: RulesDraft,
): { ok: true; patch: ReminderRulesPatch } | { ok: false; errors: RulesErrors } {
  const parsed = reminderRulesPatchSchema.safeParse(toPatch(d));
  if (parsed.success) return { ok: true, patch: parsed.data };
  return { ok: false, errors: issuesToRulesErrors(parsed.error.issues) };
}

export function issuesToRulesErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): RulesErrors {
  const errors: RulesErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    // zod's own messages (NaN, not an integer) are not i18n keys; they are all "out of range".
    errors[path] ??= issue.message.startsWith('validation.') ? issue.message : 'validation.range';
  }
  return errors;
}
