import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import type { Database } from './schema';
import { searchGrams } from './search-grams';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';

/** The file was written by a newer Kemai; opening it could lose data, so we refuse. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of Kemai (schema ${fileVersion}; this build knows ${appVersion}). ` +
        'Update Kemai to open it. Nothing was changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class DatabaseUnreadableError extends Error {
  constructor(path: string, cause: unknown) {
    super(`The file ${path} is not a Kemai database or is damaged: ${String(cause)}`);
    this.name = 'DatabaseUnreadableError';
  }
}

export interface Db {
  /** Typed query builder: what repositories use. */
  kysely: Kysely<Database>;
  /** The raw connection, for bulk paths where per-row builder overhead matters. */
  raw: BetterSqlite3.Database;
  path: string;
  schemaVersion: () => number;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix of the registry to build older schemas. */
  migrations?: readonly Migration[];
}

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE). Kysely's default BEGIN is
 * deferred: a transaction that reads first and then writes fails at once with SQLITE_BUSY when a
 * worker's connection (import, rules) committed in between, and busy_timeout cannot help there.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class KemaiSqliteDialect extends SqliteDialect {
  constructor(private readonly kemaiConfig: SqliteDialectConfig) {
    super(kemaiConfig);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.kemaiConfig);
  }
}

/** App-defined SQL functions the schema's triggers call; every connection needs them. */
export function registerFunctions(raw: BetterSqlite3.Database): void {
  raw.function('kemai_grams', { deterministic: true }, (name: unknown, company: unknown) =>
    searchGrams(typeof name === 'string' ? name : null, typeof company === 'string' ? company : null),
  );
}

function applyPragmas(raw: BetterSqlite3.Database): void {
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('cache_size = -65536');
  raw.pragma('temp_store = MEMORY');
}

export function readSchemaVersion(raw: BetterSqlite3.Database): number {
  return Number(raw.pragma('user_version', { simple: true }));
}

async function migrate(
  kysely: Kysely<Database>,
  raw: BetterSqlite3.Database,
  registry: readonly Migration[],
): Promise<void> {
  const current = readSchemaVersion(raw);
  for (let index = current; index < registry.length; index++) {
    const migration = registry[index];
    if (!migration) break;
    // Each migration and its version bump commit together: a crash leaves the old schema.
    await kysely.transaction().execute(async (trx) => {
      await migration.up(trx);
      await sql.raw(`PRAGMA user_version = ${index + 1}`).execute(trx);
    });
  }
}

/**
 * Opens (creating if needed) a Kemai database: pragmas, a readability check, refusal of files
 * from newer builds, then forward migrations.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  const registry = options.migrations ?? migrations;
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path);
    applyPragmas(raw);
    registerFunctions(raw);
  } catch (error) {
    throw new DatabaseUnreadableError(path, error);
  }
  const fileVersion = readSchemaVersion(raw);
  if (fileVersion > LATEST_SCHEMA_VERSION) {
    raw.close();
    throw new DatabaseTooNewError(fileVersion, LATEST_SCHEMA_VERSION);
  }
  const kysely = new Kysely<Database>({ dialect: new KemaiSqliteDialect({ database: raw }) });
  try {
    await migrate(kysely, raw, registry);
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
  let closed = false;
  return {
    kysely,
    raw,
    path,
    schemaVersion: () => readSchemaVersion(raw),
    close: async () => {
      if (closed) return;
      closed = true;
      // Kysely's destroy closes the better-sqlite3 handle too.
      await kysely.destroy();
    },
  };
}
