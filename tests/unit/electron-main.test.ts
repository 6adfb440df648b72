import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

// A fake Electron good enough to run main/index.ts end to end against a real database file.
const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    userData: '',
    appListeners: new Map<string, Listener>(),
    handlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; sent: unknown[][] }[],
  };
  class FakeBrowserWindow {
    sent: unknown[][] = [];
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      send: (...args: unknown[]) => this.sent.push(args),
    };
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this);
    }
    static getAllWindows = () => state.windows;
    once = () => this;
    on = () => this;
    loadFile = () => Promise.resolve();
    loadURL = () => Promise.resolve();
    isDestroyed = () => false;
  }
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => state.lock),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: Listener) => {
      state.appListeners.set(name, listener);
    }),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: () => state.userData,
    getVersion: () => '9.9.9',
    getLocale: () => 'zh-CN',
    setBadgeCount: vi.fn(() => true),
  };
  class FakeNotification {
    static isSupported = () => true;
    constructor(public options: Record<string, unknown>) {}
    on = () => this;
    show = vi.fn();
  }
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve()) },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => state.handlers.set(channel, listener)),
      removeHandler: vi.fn(),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    Notification: FakeNotification,
    powerMonitor: { on: vi.fn(), removeListener: vi.fn() },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

let dir: string;
const originalDb = process.env['KEMAI_DB'];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemai-main-'));
  fake.state.userData = dir;
  fake.state.lock = true;
  fake.state.appListeners.clear();
  fake.state.handlers.clear();
  fake.state.windows = [];
  vi.clearAllMocks();
  vi.resetModules();
  // Startup failures are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  // Let a started app close its database before the folder goes away.
  const willQuit = fake.state.appListeners.get('will-quit');
  if (willQuit && fake.state.windows.length > 0) {
    willQuit({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
  }
  if (originalDb === undefined) delete process.env['KEMAI_DB'];
  else process.env['KEMAI_DB'] = originalDb;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('main/index.ts', () => {
  it('opens the database, registers every channel and opens one sandboxed window', async () => {
    process.env['KEMAI_DB'] = path.join(dir, 'nested', 'kemai.db');
    await import('../../main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));

    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, 'nested', 'kemai.db'))).toBe(true);
    expect([...fake.state.handlers.keys()].sort()).toEqual(
      CHANNELS.map((c) => `kemai:${c}`).sort(),
    );
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    const prefs = fake.state.windows[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['sandbox']).toBe(true);
    expect(String(prefs['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    // The reminder scheduler is running and will catch up after the PC wakes from sleep.
    await vi.waitFor(() =>
      expect(fake.electron.powerMonitor.on).toHaveBeenCalledWith('resume', expect.any(Function)),
    );
  });

  it('answers trusted IPC from the window with real data and refuses foreign frames', async () => {
    process.env['KEMAI_DB'] = path.join(dir, 'kemai.db');
    await import('../../main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const win = fake.state.windows[0] as unknown as { webContents: unknown };
    // In tests main/index.ts runs from main/, so its renderer file is <repo>/renderer/index.html.
    const rendererUrl = pathToFileURL(path.resolve('renderer/index.html')).href;
    const info = fake.state.handlers.get('kemai:app.info');

    const trusted = { sender: win.webContents, senderFrame: { url: rendererUrl, parent: null } };
    const ok = (await info?.(trusted, undefined)) as { ok: boolean; value?: { version: string } };
    expect(ok).toMatchObject({ ok: true, value: { version: '9.9.9' } });

    const foreign = {
      sender: win.webContents,
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    expect(await info?.(foreign, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a database from a newer build with a bilingual error and quits', async () => {
    const file = path.join(dir, 'future.db');
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 9999');
    raw.close();
    process.env['KEMAI_DB'] = file;

    await import('../../main/index');
    await vi.waitFor(() => expect(fake.electron.app.exit).toHaveBeenCalledWith(1));

    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, body] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toMatch(/^客脉/);
    expect(body.indexOf('更新版本')).toBeGreaterThanOrEqual(0);
    expect(body.indexOf('更新版本')).toBeLessThan(body.indexOf('newer version'));
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handlers.size).toBe(0);
  });

  it('refuses a corrupt database file', async () => {
    const file = path.join(dir, 'corrupt.db');
    fs.writeFileSync(file, 'this is not an sqlite file, just text '.repeat(200));
    process.env['KEMAI_DB'] = file;

    await import('../../main/index');
    await vi.waitFor(() => expect(fake.electron.app.exit).toHaveBeenCalledWith(1));
    const [, body] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(body).toContain('无法打开数据库');
    expect(body).toContain('could not be opened');
    expect(fake.state.windows).toHaveLength(0);
  });

  it('holds the quit until the database is closed', async () => {
    process.env['KEMAI_DB'] = path.join(dir, 'kemai.db');
    await import('../../main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const willQuit = fake.state.appListeners.get('will-quit');
    const event = { preventDefault: vi.fn() };
    willQuit?.(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalledTimes(1));
    // The second will-quit (from that app.quit) must let the app go.
    const again = { preventDefault: vi.fn() };
    willQuit?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    fake.state.windows = [];
  });

  it('a second instance quits at once and starts nothing', async () => {
    fake.state.lock = false;
    await import('../../main/index');
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.appListeners.size).toBe(0);
  });
});
