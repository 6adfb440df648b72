// The one place that knows the transport: Electron's preload (`window.api`) when present,
// otherwise the dev/test HTTP bridge on the same origin (`POST /api/<channel>`, SSE events).
import { CHANNELS, type Channel, type NestedApi } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/result';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import { ApiError } from './api-error';

export { ApiError } from './api-error';

type Invoke = (input: unknown) => Promise<Envelope<unknown>>;
type Listener = (payload: unknown) => void;

/** The structural shape of what the preload exposes; checked at runtime before use. */
interface PreloadApi {
  on(event: string, listener: Listener): () => void;
  [domain: string]: unknown;
}

function preloadApi(): PreloadApi | null {
  const candidate: unknown = (globalThis as { api?: unknown }).api;
  if (typeof candidate === 'object' && candidate !== null && 'on' in candidate) {
    return candidate as PreloadApi;
  }
  return null;
}

function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

async function invokeHttp(channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch (error) {
    throw new ApiError('NETWORK', 'errors.network', [], String(error));
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    throw new ApiError('NETWORK', 'errors.network', [], `HTTP ${response.status}`);
  }
}

function invoker(channel: Channel): Invoke {
  const preload = preloadApi();
  if (preload) {
    const [domain, verb] = splitChannel(channel);
    const fn = (preload[domain] as Record<string, Invoke> | undefined)?.[verb];
    if (fn) return (input) => fn(input);
  }
  return (input) => invokeHttp(channel, input);
}

function unwrap(envelope: Envelope<unknown>): unknown {
  if (envelope.ok) return envelope.value;
  const { code, message, issues, detail } = envelope.error;
  throw new ApiError(code, message, issues ?? [], detail);
}

function buildApi(): NestedApi<'value'> {
  const tree: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = splitChannel(channel);
    const call = invoker(channel);
    (tree[domain] ??= {})[verb] = async (input) => unwrap(await call(input));
  }
  // The tree is built from CHANNELS, so it has exactly the shape NestedApi describes.
  return tree as unknown as NestedApi<'value'>;
}

/** `await api.customers.list({ query })` resolves to the value or throws ApiError. */
export const api: NestedApi<'value'> = buildApi();

let eventSource: EventSource | null = null;

/** Subscribe to a push event from main; returns the unsubscribe function. */
export function onEvent<E extends EventName>(
  name: E,
  callback: (payload: EventPayload<E>) => void,
): () => void {
  const preload = preloadApi();
  if (preload) return preload.on(name, (payload) => callback(payload as EventPayload<E>));
  if (typeof EventSource === 'undefined') return () => undefined;
  // One shared stream for every listener; the browser reconnects it by itself.
  eventSource ??= new EventSource('/api/events');
  const handler = (event: MessageEvent<string>) => {
    try {
      callback(JSON.parse(event.data) as EventPayload<E>);
    } catch {
      // A malformed event is dropped rather than breaking every other listener.
    }
  };
  const source = eventSource;
  source.addEventListener(name, handler);
  return () => source.removeEventListener(name, handler);
}
