import { describe, expect, it } from 'vitest';
import { AppError } from '../../main/services/errors';
import { createPickedPaths } from '../../main/services/picked-paths';

describe('PickedPaths', () => {
  it('allows everything when not enforcing (bridge, tests)', () => {
    const guard = createPickedPaths({ enforce: false, platform: 'linux' });
    expect(guard.enforcing).toBe(false);
    expect(guard.isAllowed('/etc/passwd', 'write')).toBe(true);
    expect(guard.assertAllowed('/tmp/a/../b.csv', 'read')).toBe('/tmp/b.csv');
  });

  it('refuses a path no dialog returned', () => {
    const guard = createPickedPaths({ enforce: true, platform: 'linux' });
    expect(guard.isAllowed('/home/u/export.csv', 'write')).toBe(false);
    expect(guard.isAllowed('/home/u/export.csv', 'read')).toBe(false);
    let thrown: unknown;
    try {
      guard.assertAllowed('/home/u/export.csv', 'write');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('FORBIDDEN');
    expect((thrown as AppError).key).toBe('errors.pathNotPicked');
  });

  it('allows writing only to saved paths, reading opened and saved ones', () => {
    const guard = createPickedPaths({ enforce: true, platform: 'linux' });
    guard.remember('/home/u/in.csv', 'read');
    guard.remember('/home/u/out.csv', 'write');
    expect(guard.isAllowed('/home/u/in.csv', 'read')).toBe(true);
    expect(guard.isAllowed('/home/u/in.csv', 'write')).toBe(false);
    expect(guard.isAllowed('/home/u/out.csv', 'write')).toBe(true);
    expect(guard.isAllowed('/home/u/out.csv', 'read')).toBe(true);
    expect(guard.isAllowed('/home/u/other.csv', 'read')).toBe(false);
  });

  it('a folder from the folder dialog is usable as a folder only', () => {
    const guard = createPickedPaths({ enforce: true, platform: 'win32' });
    guard.remember('E:\\Kemai', 'folder');
    expect(guard.isAllowed('e:\\kemai\\', 'folder')).toBe(true);
    expect(guard.isAllowed('E:\\Kemai', 'read')).toBe(false);
    expect(guard.isAllowed('E:\\Kemai', 'write')).toBe(false);
    expect(guard.isAllowed('E:\\Other', 'folder')).toBe(false);
    // A file the user opened is not a folder grant either.
    guard.remember('E:\\in.csv', 'read');
    expect(guard.isAllowed('E:\\in.csv', 'folder')).toBe(false);
  });

  it('normalises paths, so ../ tricks neither grant nor escape', () => {
    const guard = createPickedPaths({ enforce: true, platform: 'linux' });
    guard.remember('/home/u/docs/out.csv', 'write');
    expect(guard.isAllowed('/home/u/docs/../docs/./out.csv', 'write')).toBe(true);
    expect(guard.assertAllowed('/home/u/docs//out.csv', 'write')).toBe('/home/u/docs/out.csv');
    expect(guard.isAllowed('/home/u/docs/out.csv/../secret', 'write')).toBe(false);
  });

  it('allows anything under the app data folder but not beside it', () => {
    const guard = createPickedPaths({
      enforce: true,
      platform: 'linux',
      allowedRoots: ['/home/u/.config/kemai'],
    });
    expect(guard.isAllowed('/home/u/.config/kemai/snapshots/a.db', 'write')).toBe(true);
    expect(guard.isAllowed('/home/u/.config/kemai', 'write')).toBe(false);
    expect(guard.isAllowed('/home/u/.config/kemai-evil/a.db', 'write')).toBe(false);
    expect(guard.isAllowed('/home/u/.config/kemai/../x.db', 'write')).toBe(false);
  });

  it('refuses relative paths and NUL bytes when enforcing', () => {
    const guard = createPickedPaths({ enforce: true, platform: 'linux', allowedRoots: ['/'] });
    expect(guard.isAllowed('out.csv', 'write')).toBe(false);
    expect(guard.isAllowed('/tmp/a\0.csv', 'write')).toBe(false);
  });

  it('compares Windows paths case-insensitively with either slash', () => {
    const guard = createPickedPaths({
      enforce: true,
      platform: 'win32',
      allowedRoots: ['C:\\Users\\u\\AppData\\Roaming\\Kemai'],
    });
    guard.remember('C:\\Users\\u\\Documents\\客户.csv', 'write');
    expect(guard.isAllowed('c:/users/U/documents/客户.csv', 'write')).toBe(true);
    expect(guard.isAllowed('C:\\Users\\u\\appdata\\roaming\\kemai\\snap\\1.db', 'write')).toBe(
      true,
    );
    expect(guard.isAllowed('D:\\Users\\u\\Documents\\客户.csv', 'write')).toBe(false);
  });
});
