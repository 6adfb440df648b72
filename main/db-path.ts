import path from 'node:path';

export const DB_FILE_NAME = 'kemai.db';

/** Reads `--db <path>` or `--db=<path>`; a flag without a value is ignored, not fatal. */
export function dbPathFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--db') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) return next;
      continue;
    }
    if (arg?.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (value !== '') return value;
    }
  }
  return undefined;
}

/**
 * Where the database lives: `--db` beats `KEMAI_DB` beats `<userData>/kemai.db`. Pure so it is
 * testable without Electron; relative paths resolve against the working directory.
 */
export function resolveDbPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): string {
  const fromArgv = dbPathFromArgv(argv);
  if (fromArgv !== undefined) return path.resolve(fromArgv);
  const fromEnv = env['KEMAI_DB']?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(userDataDir, DB_FILE_NAME);
}
