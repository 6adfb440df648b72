import type { Dispatch } from '../ipc/dispatch';

const HOUR = 3_600_000;
// Not at launch: opening the app must stay fast, and a snapshot of a large file is disk-heavy.
const FIRST_AFTER = 2 * 60_000;

/**
 * The daily automatic snapshot: asks for one shortly after start and then hourly; the job itself
 * decides whether today's already exists (isDailySnapshotDue) and prunes to 7 daily + 4 weekly.
 * A busy job runner (an import in progress) just means the next hour tries again. Timers are
 * unref'd so they never keep the process alive.
 */
export function startDailySnapshots(dispatch: Dispatch, everyMs = HOUR): () => void {
  let interval: NodeJS.Timeout | null = null;
  const tick = (): void => {
    dispatch('backup.snapshotNow', { ifDue: true }).catch(() => undefined);
  };
  const first = setTimeout(() => {
    tick();
    interval = setInterval(tick, everyMs);
    interval.unref();
  }, FIRST_AFTER);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}
