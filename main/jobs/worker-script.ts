import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the bundled worker is: beside the main bundle (out/main), one folder over from the
 * bridge or bench bundles (out/bridge, out/bench), or under out/ when running from sources
 * (vitest builds it in its global setup).
 */
export function defaultWorkerScript(): string {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const candidates = [
    join(here, 'worker.cjs'),
    join(here, '../main/worker.cjs'),
    resolve(process.cwd(), 'out/main/worker.cjs'),
  ];
  return candidates.find((c) => existsSync(c)) ?? (candidates[0] as string);
}
