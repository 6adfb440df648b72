import path from 'node:path';
import { AppError } from './errors';

/**
 * Reading a file (import, restore), writing one (export, backup, rejected rows), or using a
 * folder the user chose for Kemai to keep files in (snapshots).
 */
export type PathAccess = 'read' | 'write' | 'folder';

export interface PickedPaths {
  /** True when checks apply (Electron); false under the dev/test bridge, which has no dialogs. */
  readonly enforcing: boolean;
  /**
   * Records a path a native dialog returned: `write` for save dialogs, `read` for open ones,
   * `folder` for folder dialogs.
   */
  remember(filePath: string, access: PathAccess): void;
  /** Whether a data channel may use this path for this access. */
  isAllowed(filePath: string, access: PathAccess): boolean;
  /**
   * Throws AppError FORBIDDEN (`errors.pathNotPicked`) unless allowed; returns the normalised
   * absolute path the caller should use from then on.
   */
  assertAllowed(filePath: string, access: PathAccess): string;
}

export interface PickedPathsOptions {
  enforce: boolean;
  /** Folders the app owns (the app data folder): anything under them is allowed. */
  allowedRoots?: readonly string[];
  /** Path semantics; defaults to this machine's (tests pass 'win32' to check Windows rules). */
  platform?: NodeJS.Platform;
}

/**
 * The session's set of user-picked paths (DESIGN.md: files are written only under the app data
 * folder or a path the user picked in a dialog). A compromised renderer can send any string, so
 * a path only counts when main's own dialog produced it. Opened files may be read, saved files
 * may be written and read back; nothing outside those and the app's folders is touched.
 */
export function createPickedPaths(options: PickedPathsOptions): PickedPaths {
  const windows = (options.platform ?? process.platform) === 'win32';
  const p = windows ? path.win32 : path.posix;
  // Windows and macOS file systems are case-insensitive by default; compare folded there.
  const fold = (value: string) =>
    windows || (options.platform ?? process.platform) === 'darwin' ? value.toLowerCase() : value;
  const key = (filePath: string) => fold(p.normalize(p.resolve(filePath)));
  const roots = (options.allowedRoots ?? []).map(key);
  const picked = new Map<string, Set<PathAccess>>();

  function underRoot(normalised: string): boolean {
    return roots.some((root) => {
      const rel = p.relative(root, normalised);
      return rel !== '' && !rel.startsWith('..') && !p.isAbsolute(rel);
    });
  }

  function isAllowed(filePath: string, access: PathAccess): boolean {
    if (!options.enforce) return true;
    // Only absolute paths: a relative one would resolve against main's working directory.
    if (!p.isAbsolute(filePath) || filePath.includes('\0')) return false;
    const normalised = key(filePath);
    if (underRoot(normalised)) return true;
    const grants = picked.get(normalised);
    if (!grants) return false;
    // A file the user saved (an export, rejected rows) may be read back, e.g. re-imported. A
    // folder grant is for that folder as a whole, never for reading or writing it as a file.
    if (access === 'read') return grants.has('read') || grants.has('write');
    return grants.has(access);
  }

  return {
    enforcing: options.enforce,
    remember(filePath, access) {
      const normalised = key(filePath);
      const grants = picked.get(normalised) ?? new Set<PathAccess>();
      grants.add(access);
      picked.set(normalised, grants);
    },
    isAllowed,
    assertAllowed(filePath, access) {
      if (!isAllowed(filePath, access)) {
        throw new AppError(
          'FORBIDDEN',
          'errors.pathNotPicked',
          `${access} of a path not chosen in a file dialog: ${filePath}`,
        );
      }
      return p.normalize(p.resolve(filePath));
    },
  };
}
