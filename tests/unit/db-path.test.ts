import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbPathFromArgv, resolveDbPath } from '../../main/db-path';

const userData = path.resolve('/home/u/.config/kemai');

describe('resolveDbPath', () => {
  it('uses --db <path> over KEMAI_DB and userData', () => {
    const result = resolveDbPath(
      ['electron', '.', '--db', '/tmp/cli.db'],
      { KEMAI_DB: '/tmp/env.db' },
      userData,
    );
    expect(result).toBe(path.resolve('/tmp/cli.db'));
  });

  it('accepts --db=<path>', () => {
    expect(resolveDbPath(['app', '--db=/tmp/eq.db'], {}, userData)).toBe(
      path.resolve('/tmp/eq.db'),
    );
  });

  it('uses KEMAI_DB when there is no --db', () => {
    expect(resolveDbPath(['app'], { KEMAI_DB: '/tmp/env.db' }, userData)).toBe(
      path.resolve('/tmp/env.db'),
    );
  });

  it('falls back to <userData>/kemai.db', () => {
    expect(resolveDbPath(['app'], {}, userData)).toBe(path.join(userData, 'kemai.db'));
    expect(resolveDbPath(['app'], { KEMAI_DB: '   ' }, userData)).toBe(
      path.join(userData, 'kemai.db'),
    );
  });

  it('ignores a dangling --db flag instead of treating the next flag as a path', () => {
    expect(dbPathFromArgv(['app', '--db'])).toBeUndefined();
    expect(dbPathFromArgv(['app', '--db', '--inspect'])).toBeUndefined();
    expect(resolveDbPath(['app', '--db'], { KEMAI_DB: '/tmp/env.db' }, userData)).toBe(
      path.resolve('/tmp/env.db'),
    );
  });

  it('resolves a relative --db against the working directory', () => {
    expect(resolveDbPath(['app', '--db', 'data/x.db'], {}, userData)).toBe(
      path.resolve('data/x.db'),
    );
  });
});
