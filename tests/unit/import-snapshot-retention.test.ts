import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETENTION,
  isDailySnapshotDue,
  parseRetention,
  snapshotsToRemove,
  type SnapshotInfo,
} from '../../main/services/backup/snapshot-retention';
import type { Dispatch } from '../../main/ipc/dispatch';
import type { Envelope } from '../../shared/ipc/result';
import { startDailySnapshots } from '../../main/jobs/snapshot-schedule';

function daily(iso: string, kind: SnapshotInfo['kind'] = 'daily'): SnapshotInfo {
  return { name: `${kind}-${iso}`, createdAt: iso, kind };
}

describe('snapshot retention (7 daily + 4 weekly)', () => {
  // Forty days of one snapshot a day at 03:00 UTC, ending Sunday 2026-03-15.
  const all = Array.from({ length: 40 }, (_, i) =>
    daily(new Date(Date.UTC(2026, 2, 15 - i, 3)).toISOString()),
  );

  it('keeps the last 7 days and the newest of each of the last 4 weeks', () => {
    const removed = new Set(snapshotsToRemove(all));
    const kept = all.filter((s) => !removed.has(s.name)).map((s) => s.createdAt.slice(0, 10));
    expect(kept).toEqual([
      '2026-03-15',
      '2026-03-14',
      '2026-03-13',
      '2026-03-12',
      '2026-03-11',
      '2026-03-10',
      '2026-03-09',
      // Newest of the weeks starting Mon 03-02, 02-23, 02-16 (03-09's week is already kept).
      '2026-03-08',
      '2026-03-01',
      '2026-02-22',
    ]);
  });

  it('keeps one per day when several were taken, and the 3 newest safety snapshots', () => {
    const list = [
      daily('2026-03-15T10:00:00.000Z', 'manual'),
      daily('2026-03-15T03:00:00.000Z'),
      ...['01', '02', '03', '04'].map((d) => daily(`2026-03-${d}T12:00:00.000Z`, 'safety')),
    ];
    expect(snapshotsToRemove(list).sort()).toEqual(
      ['daily-2026-03-15T03:00:00.000Z', 'safety-2026-03-01T12:00:00.000Z'].sort(),
    );
  });

  it('is due once per UTC day, ignoring safety snapshots', () => {
    const list = [daily('2026-03-15T03:00:00.000Z'), daily('2026-03-16T01:00:00.000Z', 'safety')];
    expect(isDailySnapshotDue(list, '2026-03-15T23:59:00.000Z')).toBe(false);
    expect(isDailySnapshotDue(list, '2026-03-16T08:00:00.000Z')).toBe(true);
    expect(isDailySnapshotDue([], '2026-03-16T08:00:00.000Z')).toBe(true);
  });
});

describe('snapshot retention from settings', () => {
  const all = Array.from({ length: 40 }, (_, i) =>
    daily(new Date(Date.UTC(2026, 2, 15 - i, 3)).toISOString()),
  );
  const kept = (policy: ReturnType<typeof parseRetention>) => {
    const removed = new Set(snapshotsToRemove(all, policy));
    return all.filter((s) => !removed.has(s.name)).map((s) => s.createdAt.slice(0, 10));
  };

  it('keeps what the user chose: 3 daily and no weekly', () => {
    expect(kept(parseRetention('{"daily":3,"weekly":0}'))).toEqual([
      '2026-03-15',
      '2026-03-14',
      '2026-03-13',
    ]);
  });

  it('keeps the newest of each of the last N weeks beyond the days', () => {
    expect(kept(parseRetention('{"daily":1,"weekly":3}'))).toEqual([
      '2026-03-15',
      '2026-03-08',
      '2026-03-01',
    ]);
  });

  it('falls back to 7 and 4 for a missing, unreadable or out-of-range setting', () => {
    for (const stored of [null, '', 'not json', '[]', '{"daily":0,"weekly":99}', '{"daily":"7"}']) {
      expect(parseRetention(stored)).toEqual(DEFAULT_RETENTION);
    }
    expect(parseRetention('{"daily":60}')).toEqual({ ...DEFAULT_RETENTION, daily: 60 });
  });
});

describe('the daily snapshot schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('survives a refused snapshot (USB drive unplugged), logs it once and tries again hourly', async () => {
    vi.useFakeTimers();
    const missing: Envelope<unknown> = {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'errors.snapshots.folderMissing' },
    };
    const answers: Envelope<unknown>[] = [missing, missing, { ok: true, value: { jobId: 'j1' } }];
    const calls: unknown[] = [];
    const dispatch: Dispatch = (channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve(answers[Math.min(calls.length, answers.length) - 1] ?? missing);
    };
    const log = vi.fn<(message: string) => void>();
    const stop = startDailySnapshots(dispatch, 3_600_000, log);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(calls).toEqual([['backup.snapshotNow', { ifDue: true }]]);
    await vi.advanceTimersByTimeAsync(3_600_000);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(calls).toHaveLength(3);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('errors.snapshots.folderMissing');
    stop();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(calls).toHaveLength(3);
  });
});
