import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { TIERS } from '../../../../shared/domain/enums';
import type { ReminderRules } from '../../../../shared/domain/reminder';
import { readSetting, writeSetting } from '../../../../db/repositories/settings.repository';
import {
  insertNoContactReminders,
  noContactBatchEnd,
} from '../../../../db/repositories/reminders-rules.repository';
import { atLocalTime, isoDate, toWallTime } from '../time-zone';
import type { RuleText } from './rule-text';

const DAY_MS = 86_400_000;
// Each batch is its own short write transaction, so the app's writes never wait long behind a
// rule run on SQLite's single write lock.
const BATCH = 20_000;
// A full pass over every customer at least daily (it also picks up those a daily limit held
// back); hourly runs only look at who crossed a threshold since.
const FULL_PASS_MS = DAY_MS;
const STATE_KEY = 'reminders.noContact.state';

/** Per tier and day count, the last cutoff already evaluated; follow-ups created per day. */
interface RuleState {
  fullPassAt: string | null;
  cutoffs: Record<string, string>;
  createdOn: string | null;
  createdCount: number;
}

async function readState(db: Kysely<Database>): Promise<RuleState> {
  try {
    const value = JSON.parse((await readSetting(db, STATE_KEY)) ?? '{}') as Partial<RuleState>;
    return {
      fullPassAt: value.fullPassAt ?? null,
      cutoffs: value.cutoffs ?? {},
      createdOn: value.createdOn ?? null,
      createdCount: value.createdCount ?? 0,
    };
  } catch {
    return { fullPassAt: null, cutoffs: {}, createdOn: null, createdCount: 0 };
  }
}

export interface NoContactTiming {
  now: Date;
  timeZone: string;
  /** Local HH:mm the follow-ups fall due. */
  notifyAt: string;
}

/**
 * "No contact for N days, by tier". Customers are found through the (tier, last contact)
 * index, and only those whose threshold passed since the previous run, except on the daily
 * full pass. Either way the UNIQUE rule key is what makes a run idempotent.
 *
 * A daily limit keeps a backlog (a first run over years of imported customers) from burying
 * the day's work: VIPs first, then by tier, the longest silent first; the rest follow on the
 * next days. Follow-ups fall due at the rule time of the day they are created.
 */
export async function runNoContactRule(
  db: Kysely<Database>,
  settings: ReminderRules['noContact'],
  timing: NoContactTiming,
  text: RuleText,
): Promise<number> {
  const { now } = timing;
  const nowIso = now.toISOString();
  const today = toWallTime(now, timing.timeZone);
  const todayKey = isoDate(today);
  const state = await readState(db);
  const fullPass =
    state.fullPassAt === null || now.getTime() - Date.parse(state.fullPassAt) >= FULL_PASS_MS;
  const createdBefore = state.createdOn === todayKey ? state.createdCount : 0;
  let remaining =
    settings.dailyLimit === null ? Number.POSITIVE_INFINITY : settings.dailyLimit - createdBefore;
  const next: RuleState = {
    fullPassAt: fullPass ? nowIso : state.fullPassAt,
    cutoffs: {},
    createdOn: todayKey,
    createdCount: createdBefore,
  };
  const dueAt = atLocalTime(today, timing.notifyAt, timing.timeZone).toISOString();
  let created = 0;
  const tiers = settings.enabled ? TIERS : [];
  for (const tier of tiers) {
    const days = settings.days[tier];
    if (days === null) continue;
    const key = `${tier}:${days}`;
    const upTo = new Date(now.getTime() - days * DAY_MS).toISOString();
    const previous = state.cutoffs[key] ?? '';
    let after = fullPass ? '' : previous;
    let heldBack = false;
    while (after < upTo) {
      if (remaining <= 0) {
        heldBack = true;
        break;
      }
      const end = await noContactBatchEnd(db, tier, after, upTo, BATCH);
      const batch = {
        tier,
        days,
        priority: tier === 'vip' ? ('high' as const) : ('normal' as const),
        after,
        upTo: end,
        now: nowIso,
        dueAt,
        limit: Number.isFinite(remaining) ? remaining : null,
        titlePrefix: text.noContactPrefix,
        titleSuffix: text.noContactSuffix(days),
      };
      const n = await db.transaction().execute((trx) => insertNoContactReminders(trx, batch));
      created += n;
      remaining -= n;
      after = end;
      if (remaining <= 0) heldBack = true;
    }
    // Held back by the limit: later runs start where this tier was left, not past it.
    next.cutoffs[key] = heldBack ? previous : upTo;
  }
  next.createdCount += created;
  await writeSetting(db, STATE_KEY, JSON.stringify(next), nowIso);
  return created;
}
