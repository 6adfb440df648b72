import { SNAPSHOT_RETENTION_LIMITS } from '../../../shared/ipc/channels/data';

// Which automatic snapshots to keep: the newest of each of the last `daily` days that have one,
// plus the newest of each of the last `weekly` ISO weeks (Monday start), and the newest
// `safety` snapshots taken before restores. The daily and weekly counts are the user's (settings,
// 7 and 4 by default). Days and weeks are UTC so the rule is the same on every machine. Pure,
// so it is tested with fixed dates.

export interface SnapshotInfo {
  name: string;
  createdAt: string;
  kind: 'daily' | 'manual' | 'safety';
}

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  safety: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, safety: 3 };

/**
 * The user's daily/weekly counts as stored in settings (JSON). Anything missing or out of range
 * (a hand-edited row, a value from a later build) falls back to the default for that count
 * rather than failing the snapshot job or pruning by a nonsense number.
 */
export function parseRetention(json: string | null | undefined): RetentionPolicy {
  let stored: { daily?: unknown; weekly?: unknown } = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : null;
    if (parsed && typeof parsed === 'object') stored = parsed;
  } catch {
    // Unreadable: the defaults.
  }
  const pick = (n: unknown, limits: { min: number; max: number }, fallback: number): number =>
    typeof n === 'number' && Number.isInteger(n) && n >= limits.min && n <= limits.max
      ? n
      : fallback;
  return {
    daily: pick(stored.daily, SNAPSHOT_RETENTION_LIMITS.daily, DEFAULT_RETENTION.daily),
    weekly: pick(stored.weekly, SNAPSHOT_RETENTION_LIMITS.weekly, DEFAULT_RETENTION.weekly),
    safety: DEFAULT_RETENTION.safety,
  };
}

function dayKey(iso: string): string {
  return iso.slice(0, 10);
}

function weekKey(iso: string): string {
  const date = new Date(`${dayKey(iso)}T00:00:00.000Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

function newestPerKey(list: SnapshotInfo[], key: (iso: string) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const s of list) {
    const k = key(s.createdAt);
    if (seen.has(k)) continue;
    if (seen.size >= count) break;
    seen.add(k);
    kept.push(s.name);
  }
  return kept;
}

/** The names to delete. Manual snapshots count as daily ones. */
export function snapshotsToRemove(
  snapshots: SnapshotInfo[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const regular = newestFirst.filter((s) => s.kind !== 'safety');
  const keep = new Set([
    ...newestPerKey(regular, dayKey, policy.daily),
    ...newestPerKey(regular, weekKey, policy.weekly),
    ...newestFirst
      .filter((s) => s.kind === 'safety')
      .slice(0, policy.safety)
      .map((s) => s.name),
  ]);
  return newestFirst.filter((s) => !keep.has(s.name)).map((s) => s.name);
}

/** A daily snapshot is due when none (daily or manual) was taken on today's UTC date. */
export function isDailySnapshotDue(snapshots: SnapshotInfo[], nowIso: string): boolean {
  const today = dayKey(nowIso);
  return !snapshots.some((s) => s.kind !== 'safety' && dayKey(s.createdAt) === today);
}
