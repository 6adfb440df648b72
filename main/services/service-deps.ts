import type { Db } from '../../db/open-database';
import type { Emit } from '../../shared/ipc/events';
import type { Clock } from './clock';

/** What every service needs: the database, the time, and a way to tell the UI. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  emit: Emit;
}
