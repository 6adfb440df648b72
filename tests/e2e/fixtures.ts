import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { test as base, expect } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/result';
import type { Language } from '../../shared/domain/enums';
import { resources } from '../../renderer/i18n/resources';
import type { Messages } from '../../renderer/i18n/zh-cn';

const BRIDGE = fileURLToPath(new URL('../../out/bridge/bridge.cjs', import.meta.url));
const READY = /KEMAI_BRIDGE_READY (http:\/\/\S+)/;

export interface Bridge {
  url: string;
  /** Calls a channel over the bridge's HTTP API; throws on an error envelope. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

async function startBridge(
  dbPath: string,
): Promise<{ url: string; child: ChildProcessByStdio<null, Readable, Readable> }> {
  const child = spawn(process.execPath, [BRIDGE, '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = READY.exec(log);
      if (match?.[1]) resolveUrl(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`bridge exited (${String(code)}) before ready:\n${log}`)),
    );
  });
  return { url, child };
}

type Fixtures = {
  /** UI language for the test; saved through settings.update before the page opens. */
  lang: Language;
  bridge: Bridge;
  /** The strings the UI shows in the test's language. */
  text: Messages;
};

export const test = base.extend<Fixtures>({
  lang: ['zh-CN', { option: true }],
  // The browser's own language follows the test's, so nothing leaks from the host locale.
  locale: async ({ lang }, use) => {
    await use(lang);
  },
  text: async ({ lang }, use) => {
    await use(resources[lang]);
  },
  bridge: async ({ lang }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kemai-e2e-'));
    const { url, child } = await startBridge(join(dir, 'kemai.db'));
    const bridge: Bridge = {
      url,
      async call(channel, input) {
        const res = await fetch(`${url}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        const envelope = (await res.json()) as Envelope<ChannelOutput<typeof channel>>;
        if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
        return envelope.value;
      },
    };
    await bridge.call('settings.update', { language: lang });
    try {
      await use(bridge);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
