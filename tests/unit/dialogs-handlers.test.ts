import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../db/open-database';
import { createHandlers } from '../../main/handlers';
import type { FileDialogs } from '../../main/handlers/dialogs';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { systemClock } from '../../main/services/clock';
import { createPickedPaths, type PickedPaths } from '../../main/services/picked-paths';

let db: Db | null = null;

afterEach(async () => {
  await db?.close();
  db = null;
});

async function setup(dialogs?: FileDialogs): Promise<{ dispatch: Dispatch; guard: PickedPaths }> {
  db = await openDatabase(':memory:');
  const guard = createPickedPaths({ enforce: dialogs !== undefined, platform: 'linux' });
  const handlers = createHandlers({
    db,
    clock: systemClock,
    emit: () => undefined,
    appVersion: 't',
    dialogs,
    pickedPaths: guard,
  });
  return { dispatch: createDispatch(handlers), guard };
}

function fakeDialogs(open: string | null, save: string | null, folder: string | null = null) {
  return {
    openFile: vi.fn<FileDialogs['openFile']>(() => Promise.resolve(open)),
    saveFile: vi.fn<FileDialogs['saveFile']>(() => Promise.resolve(save)),
    openFolder: vi.fn<FileDialogs['openFolder']>(() => Promise.resolve(folder)),
  };
}

describe('dialogs handlers', () => {
  it('without native dialogs (bridge) answers null paths and nativeDialogs false', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('dialogs.capabilities', undefined)).toEqual({
      ok: true,
      value: { nativeDialogs: false },
    });
    expect(await dispatch('dialogs.openFile', { purpose: 'import' })).toEqual({
      ok: true,
      value: { path: null },
    });
    expect(await dispatch('dialogs.saveFile', { purpose: 'export', defaultName: 'a.csv' })).toEqual(
      { ok: true, value: { path: null } },
    );
    expect(await dispatch('dialogs.openFolder', { purpose: 'snapshots' })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it('opens with default filters per purpose and grants read access to the result', async () => {
    const dialogs = fakeDialogs('/home/u/客户.csv', null);
    const { dispatch, guard } = await setup(dialogs);
    expect(await dispatch('dialogs.capabilities', undefined)).toEqual({
      ok: true,
      value: { nativeDialogs: true },
    });
    const result = await dispatch('dialogs.openFile', { purpose: 'import' });
    expect(result).toEqual({ ok: true, value: { path: '/home/u/客户.csv' } });
    const call = dialogs.openFile.mock.calls[0]?.[0];
    expect(call?.purpose).toBe('import');
    expect(call?.filters[0]?.extensions).toContain('csv');
    expect(guard.isAllowed('/home/u/客户.csv', 'read')).toBe(true);
    expect(guard.isAllowed('/home/u/客户.csv', 'write')).toBe(false);
  });

  it('passes filters the renderer chose', async () => {
    const dialogs = fakeDialogs('/b/x.kemai-backup', null);
    const { dispatch } = await setup(dialogs);
    const filters = [{ name: 'Backup', extensions: ['kemai-backup'] }];
    await dispatch('dialogs.openFile', { purpose: 'restore', filters });
    expect(dialogs.openFile.mock.calls[0]?.[0].filters).toEqual(filters);
  });

  it('save grants write access; a cancelled dialog grants nothing', async () => {
    const dialogs = fakeDialogs(null, '/home/u/backup.kemai-backup');
    const { dispatch, guard } = await setup(dialogs);
    const saved = await dispatch('dialogs.saveFile', {
      purpose: 'backup',
      defaultName: 'kemai.kemai-backup',
    });
    expect(saved).toEqual({ ok: true, value: { path: '/home/u/backup.kemai-backup' } });
    expect(dialogs.saveFile.mock.calls[0]?.[0].defaultName).toBe('kemai.kemai-backup');
    expect(guard.isAllowed('/home/u/backup.kemai-backup', 'write')).toBe(true);

    const cancelled = await dispatch('dialogs.openFile', { purpose: 'restore' });
    expect(cancelled).toEqual({ ok: true, value: { path: null } });
  });

  it('refuses a default name that is a path', async () => {
    const dialogs = fakeDialogs(null, '/x.csv');
    const { dispatch } = await setup(dialogs);
    const result = await dispatch('dialogs.saveFile', {
      purpose: 'export',
      defaultName: '../../etc/x.csv',
    });
    expect(result.ok).toBe(false);
    expect(dialogs.saveFile).not.toHaveBeenCalled();
  });

  it('a folder from the folder dialog is granted as a folder only, not as a file', async () => {
    const dialogs = fakeDialogs(null, null, '/media/usb/Kemai');
    const { dispatch, guard } = await setup(dialogs);
    const picked = await dispatch('dialogs.openFolder', { purpose: 'snapshots' });
    expect(picked).toEqual({ ok: true, value: { path: '/media/usb/Kemai' } });
    expect(dialogs.openFolder.mock.calls[0]?.[0].purpose).toBe('snapshots');
    expect(guard.isAllowed('/media/usb/Kemai', 'folder')).toBe(true);
    expect(guard.isAllowed('/media/usb/Kemai', 'read')).toBe(false);
    expect(guard.isAllowed('/media/usb/Kemai', 'write')).toBe(false);
    expect(guard.isAllowed('/media/usb/Other', 'folder')).toBe(false);
  });

  it('a snapshot folder typed instead of picked is refused under Electron', async () => {
    const { dispatch } = await setup(fakeDialogs(null, null, null));
    const result = await dispatch('backup.updateSettings', { folder: '/media/usb/Kemai' });
    expect(result).toMatchObject({ ok: false, error: { message: 'errors.pathNotPicked' } });
  });

  it('rejected rows are saved only to a path from the save dialog under Electron', async () => {
    const dialogs = fakeDialogs(null, '/home/u/rejected.csv');
    const { dispatch } = await setup(dialogs);
    const typed = await dispatch('import.saveRejected', { jobId: 'j', path: '/etc/x.csv' });
    expect(typed).toMatchObject({ ok: false, error: { message: 'errors.pathNotPicked' } });
    await dispatch('dialogs.saveFile', { purpose: 'rejected', defaultName: 'rejected.csv' });
    // Picked: it gets past the path check to the job (unknown here).
    const picked = await dispatch('import.saveRejected', {
      jobId: 'j',
      path: '/home/u/rejected.csv',
    });
    expect(picked).toMatchObject({ ok: false, error: { message: 'errors.rejectedRows.none' } });
  });

  it('refuses an unknown folder purpose', async () => {
    const dialogs = fakeDialogs(null, null, '/x');
    const { dispatch } = await setup(dialogs);
    const result = await dispatch('dialogs.openFolder', { purpose: 'anywhere' });
    expect(result.ok).toBe(false);
    expect(dialogs.openFolder).not.toHaveBeenCalled();
  });
});
