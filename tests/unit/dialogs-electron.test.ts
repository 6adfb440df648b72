import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's side of the folder dialog (main/window/file-dialogs.ts) against a mocked electron.

const fake = vi.hoisted(() => ({
  showOpenDialog:
    vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
}));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/u/Documents' },
  dialog: { showOpenDialog: fake.showOpenDialog, showSaveDialog: vi.fn() },
}));

const { createElectronFileDialogs } = await import('../../main/window/file-dialogs');

describe('Electron folder dialog', () => {
  beforeEach(() => {
    fake.showOpenDialog.mockReset();
  });

  it('asks for a directory (one may be created) and returns it', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb/Kemai'] });
    const dialogs = createElectronFileDialogs(() => null);
    expect(await dialogs.openFolder({ purpose: 'snapshots' })).toBe('/media/usb/Kemai');
    const options = fake.showOpenDialog.mock.calls[0]?.[0] as { properties: string[] };
    expect(options.properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('answers null when the user cancels', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const dialogs = createElectronFileDialogs(() => null);
    expect(await dialogs.openFolder({ purpose: 'snapshots' })).toBeNull();
  });
});
