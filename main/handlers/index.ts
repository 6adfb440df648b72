import type { Handlers } from '../../shared/ipc/contract';
import { appHandlers } from './app';
import { contactHandlers } from './contacts';
import { customerHandlers } from './customers';
import type { HandlerContext } from './handler-context';
import { interactionHandlers } from './interactions';

/** Every channel's handler; the type makes a missing channel a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...customerHandlers(ctx),
    ...contactHandlers(ctx),
    ...interactionHandlers(ctx),
    ...appHandlers(ctx),
  };
}
