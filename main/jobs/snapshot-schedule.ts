import type { Dispatch } from '../ipc/dispatch';

const HOUR = 3_600_000;
// Not at launch: opening the app must stay fast, and a snapshot of a large file is disk-heavy.
const FIRST_AFTER = 2 * 60_000;

/**
 * The daily automatic snapshot: asks for one shortly after start and then hourly; the job itself
 * decides whether today's already exists (isDailySnapshotDue) and prunes to the user's retention
 * (7 daily + 4 weekly unless changed in settings). When it cannot run — a busy job runner (an
 * import in progress), or the chosen folder on a USB drive that is unplugged — nothing is written
 * anywhere else and the next hour simply tries again; settings shows why meanwhile
 * (`backup.getSettings`). Timers are unref'd so they never keep the process alive.
 */
export function startDailySnapshots(
  dispatch: Dispatch,
  everyMs = HOUR,
  log: (message: string) => void = (message) => console.warn(message),
): () => void {
  let interval: NodeJS.Timeout | null = null;
  // Logged once per new reason, not every hour while a drive stays unplugged.
  let lastLogged: string | null = null;
  const tick = (): void => {
    dispatch('backup.snapshotNow', { ifDue: true })
      .then((result) => {
        const reason =
          result.ok || result.error.message === 'errors.jobs.busy' ? null : result.error;
        if (reason && reason.message !== lastLogged) {
          log(`[kemai] automatic snapshot not taken (${reason.message}): ${reason.detail ?? ''}`);
        }
        lastLogged = reason?.message ?? null;
      })
      .catch(() => undefined);
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
