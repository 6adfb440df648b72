// Makes better-sqlite3's native build match the runtime about to use it:
//   node scripts/native-abi.mjs node      (tests, bench, bridge: plain Node)
//   node scripts/native-abi.mjs electron  (npm start, packaging: Electron's own ABI)
// One .node file can only serve one ABI, so switching targets rebuilds it. A marker file keeps
// the common case (nothing changed since the last check) down to a couple of stat calls.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const marker = path.join(root, 'node_modules', '.kemai-native-target');
const addon = path.join(
  root,
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// Opens a real database, so a half-built or wrong-ABI addon cannot pass.
const probe =
  "const D = require('better-sqlite3'); const db = new D(':memory:');" +
  "db.prepare('select sqlite_version() as v').get(); db.close();";

const ABI_MISMATCH = [
  'NODE_MODULE_VERSION',
  'was compiled against a different Node.js version',
  'Could not locate the bindings file',
  'invalid ELF header',
  'Module did not self-register',
];

function fail(message) {
  console.error(`[native-abi] ${message}`);
  process.exit(1);
}

function addonStamp() {
  try {
    const stat = statSync(addon);
    return `${stat.size}:${Math.round(stat.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}

function fingerprint(target, runtime) {
  return JSON.stringify({ target, runtime, addon: addonStamp() });
}

function markerMatches(expected) {
  try {
    return readFileSync(marker, 'utf8') === expected;
  } catch {
    return false;
  }
}

/** Runs the probe in a fresh process: a failed dlopen cannot be retried in the same one. */
function check(command, env) {
  const result = spawnSync(command, ['-e', probe], { cwd: root, env, encoding: 'utf8' });
  if (result.error) return { ok: false, output: String(result.error), mismatch: false };
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return {
    ok: result.status === 0,
    output,
    mismatch: ABI_MISMATCH.some((needle) => output.includes(needle)),
  };
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function ensure(target, runtime, command, env, rebuild) {
  const expected = fingerprint(target, runtime);
  if (markerMatches(expected)) return;
  let result = check(command, env);
  if (!result.ok) {
    if (!result.mismatch) fail(`better-sqlite3 does not load under ${target}:\n${result.output}`);
    console.log(`[native-abi] rebuilding better-sqlite3 for ${target} ${runtime}`);
    if (!rebuild()) fail(`rebuilding better-sqlite3 for ${target} failed (see above)`);
    result = check(command, env);
    if (!result.ok) fail(`better-sqlite3 still does not load under ${target}:\n${result.output}`);
  }
  writeFileSync(marker, fingerprint(target, runtime));
}

function electronBinary() {
  try {
    // The electron package's main export is the path of the downloaded binary.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const target = process.argv[2];
if (target === 'node') {
  ensure(
    'node',
    `${process.version} abi ${process.versions.modules}`,
    process.execPath,
    process.env,
    () => run(npm, ['rebuild', 'better-sqlite3']),
  );
} else if (target === 'electron') {
  const binary = electronBinary();
  if (!binary) {
    fail(
      'The Electron binary is not installed (node_modules/electron has no dist/), so the desktop ' +
        'app cannot start here.\n' +
        '  npm start / npm run dist need it: run `npm install` on a machine with internet access\n' +
        '  (without ELECTRON_SKIP_BINARY_DOWNLOAD). Tests and `npm run preview:web` work without it.',
    );
  }
  const version = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  ensure(
    'electron',
    `electron ${version}`,
    binary,
    { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    () => run(npx, ['electron-builder', 'install-app-deps']),
  );
} else {
  console.error('usage: node scripts/native-abi.mjs node|electron');
  process.exit(2);
}
