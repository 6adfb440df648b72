import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import type { WindowApi } from '../../shared/ipc/window-api';

type IpcListener = (...args: unknown[]) => void;

// vi.hoisted runs before imports, so the fake bus is built from plain data structures.
const fakes = vi.hoisted(() => {
  const listeners = new Map<string, IpcListener[]>();
  const bus = {
    on: (channel: string, listener: IpcListener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: IpcListener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
    emit: (channel: string, ...args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? []) listener(...args);
    },
    listenerCount: (channel: string) => (listeners.get(channel) ?? []).length,
  };
  return {
    bus,
    exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
    invoke: vi.fn((_channel: string, _input?: unknown) =>
      Promise.resolve({ ok: true, value: 'from-main' }),
    ),
    on: vi.fn((channel: string, listener: IpcListener) => {
      bus.on(channel, listener);
    }),
    removeListener: vi.fn((channel: string, listener: IpcListener) => {
      bus.removeListener(channel, listener);
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: fakes.exposeInMainWorld },
  ipcRenderer: { invoke: fakes.invoke, on: fakes.on, removeListener: fakes.removeListener },
}));

await import('../../preload/index');

function exposed(): WindowApi {
  expect(fakes.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = fakes.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('api');
  return api as WindowApi;
}

/** What main sends: the IPC event object first, then the message. */
function push(event: string, payload: unknown): void {
  fakes.bus.emit('kemai:event', { sender: 'ipcRenderer-would-leak-here' }, { event, payload });
}

describe('preload', () => {
  it("exposes the api once under 'api', without ipcRenderer", () => {
    const api = exposed() as unknown as Record<string, unknown>;
    expect(Object.keys(api)).not.toContain('ipcRenderer');
    expect(Object.keys(api)).not.toContain('invoke');
    expect(typeof api['on']).toBe('function');
  });

  it('has a function for every contract channel', () => {
    const api = exposed() as unknown as Record<string, Record<string, unknown>>;
    for (const channel of CHANNELS) {
      const [domain, verb] = channel.split('.') as [string, string];
      expect(typeof api[domain]?.[verb], channel).toBe('function');
    }
  });

  it("api.customers.list invokes 'kemai:customers.list' and returns the envelope as-is", async () => {
    const api = exposed();
    const input = { query: '王' };
    const result = await api.customers.list(input);
    expect(fakes.invoke).toHaveBeenLastCalledWith('kemai:customers.list', input);
    expect(result).toEqual({ ok: true, value: 'from-main' });
  });

  it('on() delivers only the named event, payload only, until unsubscribed', () => {
    const api = exposed();
    const listener = vi.fn();
    const unsubscribe = api.on('data.changed', listener);

    push('job.progress', { jobId: 'j', kind: 'import', done: 1, total: 2, finished: false });
    expect(listener).not.toHaveBeenCalled();

    push('data.changed', { domain: 'customers' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ domain: 'customers' });

    unsubscribe();
    expect(fakes.removeListener).toHaveBeenCalledWith('kemai:event', expect.any(Function));
    push('data.changed', { domain: 'tags' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fakes.bus.listenerCount('kemai:event')).toBe(0);
  });

  it('refuses to subscribe to names that are not push events', () => {
    const api = exposed() as unknown as { on: (event: string, listener: () => void) => unknown };
    expect(() => api.on('kemai:customers.list', () => undefined)).toThrow(/Unknown event/);
    expect(fakes.bus.listenerCount('kemai:event')).toBe(0);
  });
});
