import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { Tier } from '../../../../shared/domain/enums';
import type { ReminderRules } from '../../../../shared/domain/reminder';
import { readSetting, writeSetting } from '../../../../db/repositories/settings.repository';
import {
  closeStaleNoContact,
  insertNoContactReminders,
  noContactBatchEnd,
} from '../../../../db/repositories/reminders-rules.repository';
import type { RuleText } from './rule-text';

const DAY_MS = 86_400_000;
// Each batch is its own short write transaction, so the app's writes never wait long behind a
// rule run on SQLite's single write lock.
const BATCH = 20_000;
// A full pass (every customer, plus closing follow-ups whose contact was recorded some other
// way, e.g. an import) at least daily; hourly runs only look at who crossed a threshold since.
const FULL_PASS_MS = DAY_MS;
const STATE_KEY = 'reminders.noContact.state';

/** Per tier and day count, the last cutoff already evaluated. */
interface RuleState {
  fullPassAt: string | null;
  cutoffs: Record<string, string>;
}

async function readState(db: Kysely<Database>): Promise<RuleState> {
  try {
    const value = JSON.parse((await readSetting(db, STATE_KEY)) ?? '{}') as Partial<RuleState>;
    return { fullPassAt: value.fullPassAt ?? null, cutoffs: value.cutoffs ?? {} };
  } catch {
    return { fullPassAt: null, cutoffs: {} };
  }
}

export interface NoContactResult {
  created: number;
  closed: number;
}

/**
 * "No contact for N days, by tier". Customers are found through the (tier, last contact)
 * index, and only those whose threshold passed since the previous run, except on the daily
 * full pass. Either way the UNIQUE rule key is what makes a run idempotent.
 */
export async function runNoContactRule(
  db: Kysely<Database>,
  settings: ReminderRules['noContact'],
  now: Date,
  text: RuleText,
): Promise<NoContactResult> {
  const nowIso = now.toISOString();
  const state = await readState(db);
  const fullPass =
    state.fullPassAt === null || now.getTime() - Date.parse(state.fullPassAt) >= FULL_PASS_MS;
  const closed = fullPass ? await closeStaleNoContact(db, nowIso) : 0;
  const next: RuleState = { fullPassAt: fullPass ? nowIso : state.fullPassAt, cutoffs: {} };
  let created = 0;
  if (settings.enabled) {
    for (const [tier, days] of Object.entries(settings.days) as [Tier, number | null][]) {
      if (days === null) continue;
      const key = `${tier}:${days}`;
      const upTo = new Date(now.getTime() - days * DAY_MS).toISOString();
      let after = fullPass ? '' : (state.cutoffs[key] ?? '');
      while (after < upTo) {
        const end = await noContactBatchEnd(db, tier, after, upTo, BATCH);
        const batch = {
          tier,
          days,
          priority: tier === 'vip' ? ('high' as const) : ('normal' as const),
          after,
          upTo: end,
          now: nowIso,
          recentSince: new Date(now.getTime() - DAY_MS).toISOString(),
          titlePrefix: text.noContactPrefix,
          titleSuffix: text.noContactSuffix(days),
        };
        created += await db.transaction().execute((trx) => insertNoContactReminders(trx, batch));
        after = end;
      }
      next.cutoffs[key] = upTo;
    }
  }
  await writeSetting(db, STATE_KEY, JSON.stringify(next), nowIso);
  return { created, closed };
}
