import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** A file under `root` for a URL path; the SPA's index.html for unknown paths. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  // Never serve anything outside the built renderer.
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const info = await stat(full);
    if (info.isFile()) {
      return {
        body: await readFile(full),
        type: TYPES[extname(full)] ?? 'application/octet-stream',
      };
    }
  } catch {
    // fall through to the SPA entry
  }
  try {
    return { body: await readFile(join(root, 'index.html')), type: TYPES['.html'] ?? 'text/html' };
  } catch {
    return null;
  }
}
