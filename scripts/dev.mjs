// `npm start`: Vite dev server for the renderer, esbuild watch for main and preload, and an
// Electron process that restarts whenever main or preload is rebuilt. Needs the Electron
// binary (an `npm install` with internet access) and a display.
//   npm start -- --db /tmp/try.db     (arguments after -- go to the app)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { context } from 'esbuild';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// vite.config.ts uses paths relative to the project root.
process.chdir(root);
const require = createRequire(path.join(root, 'package.json'));

let electronPath;
try {
  // From plain Node, the electron package exports the path of its binary.
  electronPath = require('electron');
} catch {
  electronPath = undefined;
}
if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  console.error(
    '[dev] The Electron binary is not installed. Run `npm install` with internet access first.\n' +
      '      Without it, `npm run preview:web` shows the app in a browser.',
  );
  process.exit(1);
}

// Same options as scripts/build-node.mjs, so dev runs what the package ships.
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
  { name: 'main', in: 'main/index.ts', out: 'out/main/index.cjs' },
  { name: 'worker', in: 'main/jobs/worker.ts', out: 'out/main/worker.cjs', optional: true },
  { name: 'preload', in: 'preload/index.ts', out: 'out/preload/index.cjs' },
].filter((entry) => !entry.optional || existsSync(entry.in));

// `npm start -- --db x` arrives without the `--`; `node scripts/dev.mjs -- --db x` with it.
const appArgs = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
let devServerUrl = '';
let electron = null;
let restarting = false;
let stopping = false;
let restartTimer;
let vite;
const contexts = [];

function startElectron() {
  const env = { ...process.env, KEMAI_DEV_SERVER_URL: devServerUrl };
  // Inherited from a tool (e.g. VS Code's terminal) this would start Electron as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronPath, ['.', ...appArgs], { cwd: root, stdio: 'inherit', env });
  electron = child;
  child.on('exit', (code) => {
    if (electron === child) electron = null;
    if (restarting) {
      restarting = false;
      startElectron();
    } else if (!stopping) {
      // The user closed the app: the dev session is over.
      void shutdown(code ?? 0);
    }
  });
}

function scheduleRestart() {
  // main and preload often rebuild together (shared/ changed): restart once.
  clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    if (stopping) return;
    console.log('[dev] main/preload rebuilt, restarting Electron');
    if (electron) {
      restarting = true;
      electron.kill();
    } else {
      startElectron();
    }
  }, 150);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  clearTimeout(restartTimer);
  if (electron) electron.kill();
  await Promise.allSettled([...contexts.map((ctx) => ctx.dispose()), vite?.close()]);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  vite = await createServer({ configFile: path.join(root, 'vite.config.ts'), mode: 'development' });
  await vite.listen();
  devServerUrl = vite.resolvedUrls?.local[0] ?? '';
  if (!devServerUrl) throw new Error('Vite did not report a local URL');
  console.log(`[dev] renderer at ${devServerUrl}`);

  // Electron starts once every entry has built; later builds restart it.
  const firstBuild = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    const ctx = await context({
      ...common,
      entryPoints: [entry.in],
      outfile: entry.out,
      plugins: [
        {
          name: 'kemai-restart',
          setup(build) {
            build.onEnd((result) => {
              if (result.errors.length > 0 || stopping) return;
              if (firstBuild.delete(entry.name)) {
                if (firstBuild.size === 0) startElectron();
                return;
              }
              if (firstBuild.size === 0) scheduleRestart();
            });
          },
        },
      ],
    });
    contexts.push(ctx);
  }
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} catch (error) {
  console.error('[dev] could not start:', error);
  await shutdown(1);
}
