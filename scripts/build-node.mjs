// Bundles the Node-side entry points with esbuild. better-sqlite3 (native) and electron stay
// external; everything else is bundled so the packaged app ships only the native module.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

const entries = [
  { in: 'main/index.ts', out: 'out/main/index.cjs' },
  { in: 'main/jobs/worker.ts', out: 'out/main/worker.cjs', optional: true },
  { in: 'main/scheduler/rules-worker.ts', out: 'out/main/rules-worker.cjs', optional: true },
  { in: 'main/services/visits/suggest-worker.ts', out: 'out/main/suggest-worker.cjs' },
  { in: 'preload/index.ts', out: 'out/preload/index.cjs' },
  { in: 'main/bridge/bridge.ts', out: 'out/bridge/bridge.cjs' },
  { in: 'tests/bench/bench.ts', out: 'out/bench/bench.cjs' },
];

import { existsSync } from 'node:fs';

await Promise.all(
  entries
    .filter((e) => !e.optional || existsSync(e.in))
    .map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out })),
);
