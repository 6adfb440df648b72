import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-reminders';
import * as m0003 from './0003-visits';
import * as m0004 from './0004-reminder-rule-upkeep';
import * as m0005 from './0005-visit-suggest-index';

export interface Migration {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic by design
  up: (db: Kysely<any>) => Promise<void>;
}

/**
 * Every migration in the order it runs. Forward only: append, never edit or reorder.
 * The schema version stored in the file (PRAGMA user_version) is the count applied.
 */
export const migrations: readonly Migration[] = [
  { name: '0001-initial', up: m0001.up },
  { name: '0002-reminders', up: m0002.up },
  { name: '0003-visits', up: m0003.up },
  { name: '0004-reminder-rule-upkeep', up: m0004.up },
  { name: '0005-visit-suggest-index', up: m0005.up },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
