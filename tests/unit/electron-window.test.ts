import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fakes = vi.hoisted(() => {
  class FakeWebContents {
    listeners = new Map<string, Listener[]>();
    openHandler: ((details: { url: string }) => unknown) | undefined;
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
      this.openHandler = handler;
    }
    fire(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    onceListeners = new Map<string, Listener>();
    show = vi.fn();
    maximize = vi.fn();
    loadFile = vi.fn((_file: string) => Promise.resolve());
    loadURL = vi.fn((_url: string) => Promise.resolve());
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    once(name: string, listener: Listener): this {
      this.onceListeners.set(name, listener);
      return this;
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fakes.FakeBrowserWindow }));

const { createMainWindow } = await import('../../main/window/create-window');
const { isTrustedUrl } = await import('../../main/ipc/register');

const rendererFile = path.resolve('/opt/kemai/out/renderer/index.html');
const preloadPath = path.resolve('/opt/kemai/out/preload/index.cjs');

interface Created {
  options: Record<string, unknown>;
  webContents: {
    fire: (name: string, ...args: unknown[]) => void;
    openHandler: ((details: { url: string }) => unknown) | undefined;
  };
  onceListeners: Map<string, Listener>;
  show: ReturnType<typeof vi.fn>;
  maximize: ReturnType<typeof vi.fn>;
  loadFile: ReturnType<typeof vi.fn>;
  loadURL: ReturnType<typeof vi.fn>;
}

function create(devServerUrl?: string, maximized = false): Created {
  const urls = { rendererFile, devServerUrl };
  createMainWindow({
    preloadPath,
    rendererFile,
    devServerUrl,
    isAppUrl: (url) => isTrustedUrl(url, urls),
    state: { width: 1100, height: 700, isMaximized: maximized },
  });
  const created = fakes.FakeBrowserWindow.instances.at(-1);
  if (!created) throw new Error('no window was created');
  return created;
}

function navigationEvent(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}

beforeEach(() => {
  fakes.FakeBrowserWindow.instances = [];
});

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer', () => {
    const win = create();
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['contextIsolation']).toBe(true);
    expect(prefs['sandbox']).toBe(true);
    expect(prefs['nodeIntegration']).toBe(false);
    expect(prefs['webSecurity']).toBe(true);
    expect(prefs['webviewTag']).toBe(false);
    expect(prefs['preload']).toBe(preloadPath);
  });

  it('stays hidden until ready-to-show, with a minimum size and title', () => {
    const win = create(undefined, true);
    expect(win.options['show']).toBe(false);
    expect(win.options['minWidth']).toBe(960);
    expect(win.options['minHeight']).toBe(600);
    expect(win.options['title']).toBe('客脉 Kemai');
    expect(win.show).not.toHaveBeenCalled();
    win.onceListeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.maximize).toHaveBeenCalledTimes(1);
  });

  it('loads the bundled renderer file, or the dev server when given', () => {
    const packaged = create();
    expect(packaged.loadFile).toHaveBeenCalledWith(rendererFile);
    expect(packaged.loadURL).not.toHaveBeenCalled();
    const dev = create('http://localhost:5173/');
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(dev.loadFile).not.toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const win = create();
    expect(win.webContents.openHandler?.({ url: 'https://evil.example' })).toEqual({
      action: 'deny',
    });
    expect(win.webContents.openHandler?.({ url: pathToFileURL(rendererFile).href })).toEqual({
      action: 'deny',
    });
  });

  it('prevents navigation to a foreign URL but allows the app page', () => {
    const win = create();
    const foreign = navigationEvent();
    win.webContents.fire('will-navigate', foreign, 'https://evil.example/phish');
    expect(foreign.preventDefault).toHaveBeenCalled();

    const otherFile = navigationEvent();
    win.webContents.fire('will-navigate', otherFile, 'file:///etc/passwd');
    expect(otherFile.preventDefault).toHaveBeenCalled();

    const own = navigationEvent();
    win.webContents.fire('will-navigate', own, `${pathToFileURL(rendererFile).href}#/customers`);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('allows the dev server origin only in a dev window', () => {
    const dev = create('http://localhost:5173/');
    const hmr = navigationEvent();
    dev.webContents.fire('will-navigate', hmr, 'http://localhost:5173/index.html');
    expect(hmr.preventDefault).not.toHaveBeenCalled();
    const otherPort = navigationEvent();
    dev.webContents.fire('will-navigate', otherPort, 'http://localhost:8080/');
    expect(otherPort.preventDefault).toHaveBeenCalled();

    const packaged = create();
    const devInPackaged = navigationEvent();
    packaged.webContents.fire('will-navigate', devInPackaged, 'http://localhost:5173/');
    expect(devInPackaged.preventDefault).toHaveBeenCalled();
  });

  it('prevents redirects away from the app and every webview', () => {
    const win = create();
    const redirect = navigationEvent();
    win.webContents.fire('will-redirect', redirect, 'https://evil.example');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = navigationEvent();
    win.webContents.fire('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('installSessionSecurity', () => {
  type HeadersListener = (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;

  async function install(dev: boolean) {
    const { installSessionSecurity } = await import('../../main/window/session-security');
    const { contentSecurityPolicy } = await import('../../main/window/csp');
    let onHeaders: HeadersListener | undefined;
    let onPermission:
      ((contents: unknown, permission: string, cb: (ok: boolean) => void) => void) | undefined;
    let onCheck: (() => boolean) | undefined;
    const session = {
      webRequest: {
        onHeadersReceived: (listener: HeadersListener) => {
          onHeaders = listener;
        },
      },
      setPermissionRequestHandler: (handler: typeof onPermission) => {
        onPermission = handler;
      },
      setPermissionCheckHandler: (handler: typeof onCheck) => {
        onCheck = handler;
      },
    };
    installSessionSecurity(session as unknown as Parameters<typeof installSessionSecurity>[0], {
      dev,
    });
    return { onHeaders, onPermission, onCheck, policy: contentSecurityPolicy({ dev }) };
  }

  it('replaces any server CSP with ours on every response', async () => {
    const { onHeaders, policy } = await install(true);
    const callback = vi.fn();
    onHeaders?.(
      {
        responseHeaders: {
          'content-type': ['text/html'],
          'content-security-policy': ["script-src 'unsafe-eval' *"],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [policy] },
    });
  });

  it('denies every permission request and check', async () => {
    const { onPermission, onCheck } = await install(false);
    const answer = vi.fn();
    onPermission?.({}, 'media', answer);
    onPermission?.({}, 'notifications', answer);
    expect(answer.mock.calls).toEqual([[false], [false]]);
    expect(onCheck?.()).toBe(false);
  });
});
