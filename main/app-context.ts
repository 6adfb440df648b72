import path from 'node:path';
import type { Emit } from '../shared/ipc/events';
import { openDatabase, type Db } from '../db/open-database';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './handlers';
import { systemClock, type Clock } from './services/clock';
import { createPickedPaths } from './services/picked-paths';
import type { FileDialogs } from './handlers/dialogs';
import type { PdfPrinter } from './services/visits/day-plan-pdf';

export interface AppContextOptions {
  dbPath: string;
  appVersion: string;
  emit?: Emit;
  clock?: Clock;
  onUnexpected?: (channel: string, error: unknown) => void;
  /** Native file dialogs (Electron); without them file paths are taken as given (bridge). */
  dialogs?: FileDialogs;
  /** Saves the window as a PDF (Electron's printToPDF); the bridge has none. */
  pdfPrinter?: PdfPrinter;
  /** The app's own folder (Electron's userData); files under it need no dialog. */
  appDataDir?: string;
  /** The bundled job worker; by default found beside the bundle (main/jobs/worker-script.ts). */
  workerScript?: string;
}

export interface AppContext {
  db: Db;
  dispatch: Dispatch;
  close: () => Promise<void>;
}

/** Opens the database and wires handlers to dispatch. Shared by Electron, the bridge and tests. */
export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const db = await openDatabase(options.dbPath);
  const handlers = createHandlers({
    db,
    clock: options.clock ?? systemClock,
    emit: options.emit ?? (() => undefined),
    appVersion: options.appVersion,
    dialogs: options.dialogs,
    pdfPrinter: options.pdfPrinter,
    // Import/export/backup jobs; snapshots go to <appDataDir>/snapshots (or beside the db).
    workerScript: options.workerScript,
    dataDir: options.appDataDir,
    // Paths are checked only where dialogs exist. The database's folder counts as the app's
    // own too: snapshots and safety copies live beside the database file.
    pickedPaths: createPickedPaths({
      enforce: options.dialogs !== undefined,
      allowedRoots: [
        ...(options.appDataDir ? [options.appDataDir] : []),
        path.dirname(path.resolve(options.dbPath)),
      ],
    }),
  });
  const dispatch = createDispatch(handlers, {
    onUnexpected:
      options.onUnexpected ??
      ((channel, error) => console.error(`[kemai] ${channel} failed unexpectedly`, error)),
  });
  return { db, dispatch, close: () => db.close() };
}
