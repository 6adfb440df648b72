import type { Emit } from '../shared/ipc/events';
import { openDatabase, type Db } from '../db/open-database';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './handlers';
import { systemClock, type Clock } from './services/clock';

export interface AppContextOptions {
  dbPath: string;
  appVersion: string;
  emit?: Emit;
  clock?: Clock;
  onUnexpected?: (channel: string, error: unknown) => void;
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
  });
  const dispatch = createDispatch(handlers, {
    onUnexpected:
      options.onUnexpected ??
      ((channel, error) => console.error(`[kemai] ${channel} failed unexpectedly`, error)),
  });
  return { db, dispatch, close: () => db.close() };
}
