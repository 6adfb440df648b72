// Sandboxed preload, bundled to CommonJS: it may only require 'electron'. The renderer gets
// functions, never ipcRenderer itself, and never the IPC event object (it carries `sender`).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../shared/ipc/contract';
import { EVENT_NAMES, type EventName } from '../shared/ipc/events';
import type { WindowApi } from '../shared/ipc/window-api';

const IPC_PREFIX = 'kemai:';
const EVENT_CHANNEL = 'kemai:event';

type Invoke = (input?: unknown) => Promise<unknown>;

function buildChannels(): Record<string, Record<string, Invoke>> {
  const api: Record<string, Record<string, Invoke>> = {};
  for (const channel of CHANNELS) {
    const dot = channel.indexOf('.');
    const domain = channel.slice(0, dot);
    const verb = channel.slice(dot + 1);
    const group = (api[domain] ??= {});
    group[verb] = (input) => ipcRenderer.invoke(IPC_PREFIX + channel, input) as Promise<unknown>;
  }
  return api;
}

function isPushMessage(value: unknown): value is { event: string; payload: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { event?: unknown }).event === 'string'
  );
}

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) {
    throw new Error(`Unknown event: ${String(event)}`);
  }
  if (typeof listener !== 'function') throw new Error('listener must be a function');
  const handler = (_event: IpcRendererEvent, message: unknown): void => {
    if (isPushMessage(message) && message.event === event) listener(message.payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  };
}

// The object is assembled from the contract at runtime, so its static type is asserted once here.
export const api = { ...buildChannels(), on } as unknown as WindowApi;

contextBridge.exposeInMainWorld('api', api);
