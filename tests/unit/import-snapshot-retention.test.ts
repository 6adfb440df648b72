import { describe, expect, it } from 'vitest';
import {
  isDailySnapshotDue,
  snapshotsToRemove,
  type SnapshotInfo,
} from '../../main/services/backup/snapshot-retention';

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
