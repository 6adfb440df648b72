import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import type { Emit } from '../shared/ipc/events';
import { createAppContext, type AppContext } from './app-context';
import { resolveDbPath } from './db-path';
import type { Dispatch } from './ipc/dispatch';
import { createSenderCheck, isTrustedUrl, registerIpc, type AppUrls } from './ipc/register';
import { startDailySnapshots } from './jobs/snapshot-schedule';
import { startElectronReminders } from './notifier/electron-reminders';
import type { RunningScheduler } from './scheduler/setup';
import { forwardToScheduler } from './scheduler/setup';
import { createMainWindow } from './window/create-window';
import { createElectronFileDialogs } from './window/file-dialogs';
import { installMenu, type MenuLanguage } from './window/menu';
import { createElectronPdfPrinter } from './window/print-pdf';
import { installSessionSecurity } from './window/session-security';
import { createWindowStateKeeper } from './window/window-state';

const APP_NAME = '客脉 Kemai';
// Bundled layout: out/main/index.cjs beside out/preload/ and out/renderer/.
const preloadPath = path.join(__dirname, '../preload/index.cjs');
const rendererFile = path.join(__dirname, '../renderer/index.html');

/** Only a local http(s) dev server, and never in the packaged app: an env var must not be able
 *  to point the real app at remote content. */
function devServerUrl(): string | undefined {
  const raw = process.env['KEMAI_DEV_SERVER_URL'];
  if (app.isPackaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return local && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function startupErrorText(error: unknown, dbPath: string): { title: string; body: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'DatabaseTooNewError') {
    return {
      title: '客脉无法打开数据库 / Kemai cannot open the database',
      body:
        '此数据库由更新版本的客脉创建，当前版本无法打开。请升级客脉后再试，数据没有被修改。\n\n' +
        'This database was created by a newer version of Kemai. Please update Kemai and try ' +
        'again; nothing was changed.\n\n' +
        `数据库 / Database: ${dbPath}`,
    };
  }
  return {
    title: '客脉无法打开数据库 / Kemai cannot open the database',
    body:
      '无法打开数据库：文件可能已损坏、不是客脉数据库，或没有访问权限。客脉将退出。\n\n' +
      'The database could not be opened: the file may be damaged, not a Kemai database, or ' +
      'not accessible. Kemai will quit.\n\n' +
      `数据库 / Database: ${dbPath}\n详情 / Details: ${detail}`,
  };
}

function osLanguage(): MenuLanguage {
  return app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

let mainWindow: BrowserWindow | null = null;
let context: AppContext | null = null;
let reminders: RunningScheduler | null = null;

const emit: Emit = (event, payload) => {
  if (mainWindow && !mainWindow.isDestroyed()) {
    mainWindow.webContents.send('kemai:event', { event, payload });
  }
  forwardToScheduler(reminders?.scheduler, event, payload);
};

function showAbout(): void {
  const version = app.getVersion();
  const options = {
    type: 'info' as const,
    title: '关于客脉 / About Kemai',
    message: APP_NAME,
    detail: `版本 ${version}\nVersion ${version}\n\n离线客户管理 · Offline-first CRM`,
  };
  const shown = mainWindow
    ? dialog.showMessageBox(mainWindow, options)
    : dialog.showMessageBox(options);
  shown.catch(() => undefined);
}

async function refreshMenu(dispatch: Dispatch): Promise<void> {
  const settings = await dispatch('settings.get', undefined);
  const chosen =
    settings.ok && typeof settings.value === 'object' && settings.value !== null
      ? (settings.value as { language?: unknown }).language
      : null;
  const language: MenuLanguage = chosen === 'zh-CN' || chosen === 'en' ? chosen : osLanguage();
  try {
    installMenu(language, {
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      appName: APP_NAME,
      onAbout: showAbout,
    });
  } catch (error) {
    // A missing menu is a nuisance, not a reason to refuse to start.
    console.error('[kemai] could not install the menu', error);
  }
}

function openWindow(urls: AppUrls): void {
  const keeper = createWindowStateKeeper(app.getPath('userData'), screen);
  const win = createMainWindow({
    preloadPath,
    rendererFile: urls.rendererFile,
    devServerUrl: urls.devServerUrl,
    isAppUrl: (url) => isTrustedUrl(url, urls),
    state: keeper.load(),
  });
  keeper.track(win);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

async function start(): Promise<void> {
  const dbPath = resolveDbPath(process.argv, process.env, app.getPath('userData'));
  try {
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    context = await createAppContext({
      dbPath,
      appVersion: app.getVersion(),
      emit,
      dialogs: createElectronFileDialogs(() => mainWindow),
      pdfPrinter: createElectronPdfPrinter(() => mainWindow),
      appDataDir: app.getPath('userData'),
    });
  } catch (error) {
    // Never run half-working: without the database there is nothing safe to show.
    console.error('[kemai] could not open the database', error);
    const text = startupErrorText(error, dbPath);
    dialog.showErrorBox(text.title, text.body);
    app.exit(1);
    return;
  }

  const urls: AppUrls = { devServerUrl: devServerUrl(), rendererFile };
  installSessionSecurity(session.defaultSession, { dev: urls.devServerUrl !== undefined });

  const ctx = context;
  // The menu follows the language setting, so rebuild it whenever the setting changes.
  const dispatch: Dispatch = async (channel, input) => {
    const result = await ctx.dispatch(channel, input);
    if (channel === 'settings.update' && result.ok) void refreshMenu(ctx.dispatch);
    return result;
  };
  registerIpc(
    dispatch,
    createSenderCheck({
      ...urls,
      isAppWebContents: (contents) =>
        mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents === contents,
    }),
  );
  await refreshMenu(ctx.dispatch);
  openWindow(urls);
  // Daily SQLite snapshot in a worker (7 daily + 4 weekly kept); the timer is unref'd.
  startDailySnapshots(ctx.dispatch);
  try {
    reminders = startElectronReminders({
      db: ctx.db,
      emit,
      getWindow: () => mainWindow,
      bundleDir: __dirname,
    });
  } catch (error) {
    // Reminders are worth a lot, but not refusing to open the customer list over.
    console.error('[kemai] the reminder scheduler could not start', error);
  }

  app.on('activate', () => {
    // macOS keeps the app alive without windows; clicking the dock icon reopens one.
    if (BrowserWindow.getAllWindows().length === 0) openWindow(urls);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file is how data gets lost: the second one just leaves.
  app.quit();
} else {
  app.enableSandbox();
  // Windows groups taskbar entries and attributes notifications by this id (= appId).
  if (process.platform === 'win32') app.setAppUserModelId('com.kemai.crm');
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (!context) return;
    // Closing is async (Kysely), so hold the quit until the database has checkpointed.
    event.preventDefault();
    const closing = context;
    const scheduler = reminders;
    context = null;
    reminders = null;
    // The scheduler (and its rules worker) stops before the database it uses is closed.
    (scheduler ? scheduler.stop() : Promise.resolve())
      .then(() => closing.close())
      .catch((error: unknown) => console.error('[kemai] closing the database failed', error))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[kemai] startup failed', error);
      dialog.showErrorBox(
        '客脉启动失败 / Kemai failed to start',
        `客脉无法启动。\nKemai could not start.\n\n${error instanceof Error ? error.message : String(error)}`,
      );
      app.exit(1);
    });
}
