import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/domain/backup';
import type { SnapshotSettings } from '../../shared/ipc/channels/data';
import { createHandlers } from '../../main/handlers';
import type { FileDialogs } from '../../main/handlers/dialogs';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { createPickedPaths } from '../../main/services/picked-paths';
import type { JobState } from '../../shared/domain/backup';
import { createDataContext, WORKER, type DataContext } from '../fixtures/data-context';

// Snapshot folder and retention settings through the real handlers, with the real worker:
// where snapshots go, what a folder on an unplugged USB drive does, and how many are kept.

let ctx: DataContext;
beforeEach(async () => {
  ctx = await createDataContext();
});
afterEach(async () => {
  await ctx.close();
});

const settings = () => ctx.call<SnapshotSettings>('backup.getSettings');
const names = (folder: string) => readdirSync(folder).sort();

/** A fake earlier snapshot: the listing reads kind and time from the file name. */
function oldSnapshot(folder: string, day: string, kind = 'daily'): string {
  const name = `kemai-${kind}-${day.replace(/-/g, '')}T030000000Z.db`;
  writeFileSync(join(folder, name), 'x');
  return name;
}

describe('snapshot settings', () => {
  it('start with the app data folder and 7 daily + 4 weekly', async () => {
    expect(await settings()).toEqual({
      folder: join(ctx.dir, 'snapshots'),
      defaultFolder: join(ctx.dir, 'snapshots'),
      custom: false,
      daily: 7,
      weekly: 4,
      folderState: 'ok',
      lastProblem: null,
    });
  });

  it('a chosen folder receives the snapshots and lists them; reset goes back', async () => {
    const usb = join(ctx.dir, 'usb', 'Kemai');
    mkdirSync(usb, { recursive: true });
    const saved = await ctx.call<SnapshotSettings>('backup.updateSettings', { folder: usb });
    expect(saved).toMatchObject({ folder: usb, custom: true, folderState: 'ok' });

    const state = await ctx.job('backup.snapshotNow', {});
    expect(state.state).toBe('done');
    expect(names(usb)).toEqual(['kemai-manual-20260315T080000000Z.db']);
    expect(existsSync(join(ctx.dir, 'snapshots'))).toBe(false);
    const listed = await ctx.call<Snapshot[]>('backup.list');
    expect(listed.map((s) => s.path)).toEqual([join(usb, 'kemai-manual-20260315T080000000Z.db')]);

    const reset = await ctx.call<SnapshotSettings>('backup.updateSettings', { folder: null });
    expect(reset).toMatchObject({ folder: join(ctx.dir, 'snapshots'), custom: false });
    expect(await ctx.call<Snapshot[]>('backup.list')).toEqual([]);
  });

  it('refuses a folder that is missing, a file or a relative path, and changes nothing', async () => {
    const file = join(ctx.dir, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const cases: [string, string][] = [
      [join(ctx.dir, 'no', 'such', 'folder'), 'errors.snapshots.folderMissing'],
      [file, 'errors.snapshots.notFolder'],
      ['relative/folder', 'errors.snapshots.folderNotAbsolute'],
    ];
    for (const [folder, message] of cases) {
      // The retention counts sent along are not saved either.
      const result = await ctx.dispatch('backup.updateSettings', { folder, daily: 3 });
      expect(result).toMatchObject({ ok: false, error: { message } });
    }
    expect(await settings()).toMatchObject({ custom: false, daily: 7, weekly: 4 });
    expect(readdirSync(join(ctx.dir)).some((n) => n.startsWith('.kemai-write-test'))).toBe(false);
  });

  it('checks the retention counts: daily 1–60, weekly 0–52', async () => {
    for (const [patch, message] of [
      [{ daily: 0 }, 'validation.snapshotDaily'],
      [{ daily: 61 }, 'validation.snapshotDaily'],
      [{ daily: 2.5 }, 'validation.snapshotDaily'],
      [{ weekly: -1 }, 'validation.snapshotWeekly'],
      [{ weekly: 53 }, 'validation.snapshotWeekly'],
    ] as const) {
      const result = await ctx.dispatch('backup.updateSettings', patch);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.[0]?.message).toBe(message);
    }
    const saved = await ctx.call<SnapshotSettings>('backup.updateSettings', {
      daily: 60,
      weekly: 0,
    });
    expect(saved).toMatchObject({ daily: 60, weekly: 0 });
    const one = await ctx.call<SnapshotSettings>('backup.updateSettings', { daily: 1 });
    expect(one).toMatchObject({ daily: 1, weekly: 0 });
  });

  it('the snapshot job prunes to the saved counts', async () => {
    const folder = join(ctx.dir, 'snapshots');
    mkdirSync(folder);
    // Two weeks of daily snapshots before today (Sunday 2026-03-15), one safety snapshot.
    for (let day = 1; day <= 14; day++)
      oldSnapshot(folder, `2026-03-${String(day).padStart(2, '0')}`);
    const safety = oldSnapshot(folder, '2026-03-02', 'safety');
    await ctx.call('backup.updateSettings', { daily: 2, weekly: 1 });

    const state = await ctx.job('backup.snapshotNow', { ifDue: true });
    expect(state).toMatchObject({ state: 'done', result: { kind: 'snapshot' } });
    // Today's and yesterday's (2 daily); this week's newest is today's (1 weekly).
    expect(names(folder)).toEqual(
      ['kemai-daily-20260314T030000000Z.db', 'kemai-daily-20260315T080000000Z.db', safety].sort(),
    );
  });

  it('a snapshot due while the folder is unplugged reports the problem and is taken once it is back', async () => {
    const usb = join(ctx.dir, 'usb');
    mkdirSync(usb);
    await ctx.call('backup.updateSettings', { folder: usb });
    rmSync(usb, { recursive: true });

    const due = await ctx.dispatch('backup.snapshotNow', { ifDue: true });
    expect(due).toMatchObject({ ok: false, error: { message: 'errors.snapshots.folderMissing' } });
    // Nothing written anywhere else: not a new empty folder, not the default folder.
    expect(existsSync(usb)).toBe(false);
    expect(existsSync(join(ctx.dir, 'snapshots'))).toBe(false);
    expect(await ctx.call<Snapshot[]>('backup.list')).toEqual([]);
    expect(await settings()).toMatchObject({
      folder: usb,
      custom: true,
      folderState: 'missing',
      lastProblem: {
        at: '2026-03-15T08:00:00.000Z',
        message: 'errors.snapshots.folderMissing',
        automatic: true,
      },
    });

    // Plugged in again: the next hourly try takes today's snapshot and the problem clears.
    mkdirSync(usb);
    ctx.clock.advance(3_600_000);
    const state = await ctx.job('backup.snapshotNow', { ifDue: true });
    expect(state).toMatchObject({ state: 'done', result: { snapshot: { kind: 'daily' } } });
    expect(names(usb)).toEqual(['kemai-daily-20260315T090000000Z.db']);
    expect(await settings()).toMatchObject({ folderState: 'ok', lastProblem: null });
  });

  it('a restore while the chosen folder is unplugged keeps its safety snapshot in the default one', async () => {
    await ctx.call('customers.create', { name: '张伟' });
    const first = await ctx.job('backup.snapshotNow', {});
    expect(first.state).toBe('done');
    const [snapshot] = await ctx.call<Snapshot[]>('backup.list');
    const usb = join(ctx.dir, 'usb');
    mkdirSync(usb);
    await ctx.call('backup.updateSettings', { folder: usb });
    rmSync(usb, { recursive: true });

    const restored = await ctx.job('backup.restore', { path: snapshot?.path });
    expect(restored).toMatchObject({ state: 'done', result: { kind: 'restore' } });
    const safety = readdirSync(join(ctx.dir, 'snapshots')).filter((n) => n.includes('safety'));
    expect(safety).toHaveLength(1);
    expect(existsSync(usb)).toBe(false);
  });

  it('under Electron the folder must come from the folder dialog, and its snapshots stay restorable in later sessions', async () => {
    const usb = join(ctx.dir, 'usb');
    mkdirSync(usb);
    const finished = new Map<string, (state: JobState) => void>();
    // One app session: its own picked paths, as after a restart.
    const session = (folder: string | null): Dispatch => {
      const dialogs: FileDialogs = {
        openFile: () => Promise.resolve(null),
        saveFile: () => Promise.resolve(null),
        openFolder: () => Promise.resolve(folder),
      };
      const handlers = createHandlers({
        db: ctx.db,
        clock: ctx.clock,
        emit: (event, payload) => {
          if (event === 'job.result') {
            const state = payload as JobState;
            finished.get(state.jobId)?.(state);
          }
        },
        appVersion: 't',
        workerScript: WORKER,
        dataDir: join(ctx.dir, 'appdata'),
        dialogs,
        pickedPaths: createPickedPaths({ enforce: true }),
      });
      return createDispatch(handlers);
    };
    const job = async (dispatch: Dispatch, channel: string, input: unknown) => {
      const started = await dispatch(channel, input);
      if (!started.ok) return started;
      const { jobId } = started.value as { jobId: string };
      return new Promise<JobState>((resolve) => finished.set(jobId, resolve));
    };

    const first = session(usb);
    const typed = await first('backup.updateSettings', { folder: usb });
    expect(typed).toMatchObject({ ok: false, error: { message: 'errors.pathNotPicked' } });
    await first('dialogs.openFolder', { purpose: 'snapshots' });
    expect(await first('backup.updateSettings', { folder: usb })).toMatchObject({ ok: true });
    expect(await job(first, 'backup.snapshotNow', {})).toMatchObject({ state: 'done' });

    const later = session(null);
    const listed = await later('backup.list', undefined);
    const path = listed.ok ? (listed.value as Snapshot[])[0]?.path : undefined;
    expect(path?.startsWith(usb)).toBe(true);
    expect(await job(later, 'backup.restore', { path, dryRun: true })).toMatchObject({
      state: 'done',
      result: { kind: 'restore', dryRun: true },
    });
    // Anything else in that folder was never picked.
    writeFileSync(join(usb, 'other.db'), 'x');
    const other = await later('backup.restore', { path: join(usb, 'other.db'), dryRun: true });
    expect(other).toMatchObject({ ok: false, error: { message: 'errors.pathNotPicked' } });
  });
});
