import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/result';
import type { Dispatch } from '../../main/ipc/dispatch';

// register.ts must not need electron at runtime; the mock makes any accidental import harmless.
vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));

const { createSenderCheck, isTrustedUrl, registerIpc } = await import('../../main/ipc/register');

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const handle = vi.fn((channel: string, listener: Handler) => {
    if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    handlers.set(channel, listener);
  });
  const removeHandler = vi.fn((channel: string) => {
    handlers.delete(channel);
  });
  return { handlers, handle, removeHandler };
}

const rendererFile = path.resolve('/opt/kemai/out/renderer/index.html');
const appContents = { id: 1 } as unknown as WebContents;
const otherContents = { id: 2 } as unknown as WebContents;

function event(
  url: string,
  options: { subframe?: boolean; sender?: WebContents; noFrame?: boolean } = {},
): IpcMainInvokeEvent {
  const senderFrame = options.noFrame
    ? null
    : { url, parent: options.subframe ? { url: pathToFileURL(rendererFile).href } : null };
  return { senderFrame, sender: options.sender ?? appContents } as unknown as IpcMainInvokeEvent;
}

function setup() {
  const ipcMain = fakeIpcMain();
  const envelope: Envelope<unknown> = { ok: true, value: { items: [], total: 0 } };
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve(envelope));
  const check = createSenderCheck({
    rendererFile,
    devServerUrl: undefined,
    isAppWebContents: (contents) => contents === appContents,
  });
  const unregister = registerIpc(dispatch, check, ipcMain);
  const call = (channel: string, evt: IpcMainInvokeEvent, input: unknown): unknown => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(evt, input);
  };
  return { ipcMain, dispatch, envelope, call, unregister };
}

const trustedUrl = `${pathToFileURL(rendererFile).href}#/customers`;

describe('registerIpc', () => {
  it('registers every contract channel exactly once, prefixed with kemai:', () => {
    const { ipcMain } = setup();
    const registered = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(registered).toHaveLength(CHANNELS.length);
    expect(new Set(registered).size).toBe(CHANNELS.length);
    expect([...registered].sort()).toEqual(CHANNELS.map((c) => `kemai:${c}`).sort());
    expect(registered).toContain('kemai:customers.list');
  });

  it('answers FORBIDDEN to a foreign frame without calling dispatch', async () => {
    const { dispatch, call } = setup();
    const result = await call('kemai:customers.list', event('https://evil.example'), {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'errors.forbidden' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses sub-frames, other webContents, vanished frames and other local files', async () => {
    const { dispatch, call } = setup();
    const refused = [
      event(trustedUrl, { subframe: true }),
      event(trustedUrl, { sender: otherContents }),
      event(trustedUrl, { noFrame: true }),
      event(pathToFileURL(path.resolve('/tmp/evil.html')).href),
    ];
    for (const evt of refused) {
      const result = (await call('kemai:customers.list', evt, {})) as Envelope<unknown>;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes a trusted call to dispatch and returns its envelope unchanged', async () => {
    const { dispatch, envelope, call } = setup();
    const input = { query: '张' };
    const result = await call('kemai:customers.list', event(trustedUrl), input);
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith('customers.list', input);
    expect(result).toBe(envelope);
  });

  it('treats a throwing sender check as untrusted', async () => {
    const ipcMain = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpc(
      dispatch,
      () => {
        throw new Error('Render frame was disposed');
      },
      ipcMain,
    );
    const handler = ipcMain.handlers.get('kemai:app.info');
    const result = (await handler?.(event(trustedUrl), undefined)) as Envelope<unknown>;
    expect(result.ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('can remove every handler it registered', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNELS.length);
  });
});

describe('isTrustedUrl', () => {
  const urls = { rendererFile, devServerUrl: 'http://localhost:5173/' };

  it('trusts the renderer file with any hash or query', () => {
    expect(isTrustedUrl(pathToFileURL(rendererFile).href, urls)).toBe(true);
    expect(isTrustedUrl(`${pathToFileURL(rendererFile).href}?x=1#/visits`, urls)).toBe(true);
  });

  it('trusts the dev server origin only when one is configured', () => {
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', urls)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', { rendererFile })).toBe(false);
    expect(isTrustedUrl('http://localhost:5174/', urls)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5173/', urls)).toBe(false);
  });

  it('rejects foreign, malformed and look-alike URLs', () => {
    expect(isTrustedUrl('https://evil.example', urls)).toBe(false);
    expect(isTrustedUrl('not a url', urls)).toBe(false);
    expect(isTrustedUrl('', urls)).toBe(false);
    expect(isTrustedUrl(`${pathToFileURL(rendererFile).href}.evil.html`, urls)).toBe(false);
    expect(isTrustedUrl(`file://evil-host${pathToFileURL(rendererFile).pathname}`, urls)).toBe(
      false,
    );
    expect(isTrustedUrl('devtools://devtools/bundled/index.html', urls)).toBe(false);
  });
});
