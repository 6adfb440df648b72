import type { NestedApi } from './contract';
import type { EventName, EventPayload } from './events';

/**
 * What the preload exposes as `window.api`: one function per contract channel answering the
 * envelope as-is, plus `on` for push events. Deliberately no global declaration: the renderer
 * reads `(window as { api?: WindowApi }).api` and falls back to the bridge when it is absent.
 */
export type WindowApi = NestedApi<'envelope'> & {
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};
