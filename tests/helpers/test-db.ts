import { openDatabase, type Db } from '../../db/open-database';
import type { Migration } from '../../db/migrations';
import { createHandlers } from '../../main/handlers';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import type { Clock } from '../../main/services/clock';
import type { ServiceDeps } from '../../main/services/service-deps';
import type { EventName, EventPayload } from '../../shared/ipc/events';

export interface FixedClock extends Clock {
  set: (iso: string) => void;
  advance: (ms: number) => void;
}

export function fixedClock(iso = '2026-03-15T08:00:00.000Z'): FixedClock {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    set: (value) => {
      now = new Date(value).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface TestContext extends ServiceDeps {
  clock: FixedClock;
  events: { event: EventName; payload: unknown }[];
  dispatch: Dispatch;
}

/** A fresh, fully migrated in-memory database with services and dispatch wired to it. */
export async function createTestDb(
  options: { migrations?: readonly Migration[] } = {},
): Promise<TestContext> {
  const db: Db = await openDatabase(':memory:', options);
  const clock = fixedClock();
  const events: { event: EventName; payload: unknown }[] = [];
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    events.push({ event, payload });
  };
  const handlers = createHandlers({ db, clock, emit, appVersion: '0.0.0-test' });
  const dispatch = createDispatch(handlers, { onUnexpected: () => undefined });
  return { db, clock, emit, events, dispatch };
}

/** Calls dispatch and returns the value, failing the test with the error when not ok. */
export async function call<T = unknown>(
  ctx: TestContext,
  channel: string,
  input?: unknown,
): Promise<T> {
  const result = await ctx.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
