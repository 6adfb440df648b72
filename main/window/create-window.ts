import { BrowserWindow, type WebContents } from 'electron';
import { MIN_HEIGHT, MIN_WIDTH, type InitialWindowState } from './window-state';

export const WINDOW_TITLE = '客脉 Kemai';
/** Matches the renderer's background so the first frame is not a white flash. */
export const WINDOW_BACKGROUND = '#f5f7fa';

export interface CreateWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** Absolute path of out/renderer/index.html. */
  rendererFile: string;
  /** Vite dev server; only passed in unpackaged dev runs. */
  devServerUrl?: string | undefined;
  /** Decides which URLs count as the app's own pages (see isTrustedUrl). */
  isAppUrl: (url: string) => boolean;
  state?: InitialWindowState | undefined;
}

/**
 * Locks a webContents to the app: no navigation away, no new windows, no <webview>. Links to
 * the web are simply refused; nothing is handed to shell.openExternal unchecked.
 */
export function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(options: CreateWindowOptions): BrowserWindow {
  const state = options.state;
  const win = new BrowserWindow({
    ...(state?.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state?.width ?? 1280,
    height: state?.height ?? 800,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: WINDOW_TITLE,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  guardWebContents(win.webContents, options.isAppUrl);

  win.once('ready-to-show', () => {
    if (state?.isMaximized) win.maximize();
    win.show();
  });

  const loading = options.devServerUrl
    ? win.loadURL(options.devServerUrl)
    : win.loadFile(options.rendererFile);
  loading.catch((error: unknown) => {
    console.error('[kemai] failed to load the renderer', error);
  });
  return win;
}
