import type { Handlers } from '../../shared/ipc/contract';
import { createPickedPaths } from '../services/picked-paths';
import { appHandlers } from './app';
import { contactHandlers } from './contacts';
import { customerHandlers } from './customers';
import { dataHandlers } from './data';
import { dialogHandlers } from './dialogs';
import type { HandlerContext, HandlerContextOptions } from './handler-context';
import { interactionHandlers } from './interactions';
import { reminderHandlers } from './reminders';
import { visitHandlers } from './visits';

/** Every channel's handler; the type makes a missing channel a compile error. */
export function createHandlers(options: HandlerContextOptions): Handlers {
  const ctx: HandlerContext = {
    ...options,
    pickedPaths: options.pickedPaths ?? createPickedPaths({ enforce: false }),
  };
  return {
    ...customerHandlers(ctx),
    ...contactHandlers(ctx),
    ...interactionHandlers(ctx),
    ...appHandlers(ctx),
    ...dialogHandlers(ctx),
    ...dataHandlers(ctx),
    ...reminderHandlers(ctx),
    ...visitHandlers(ctx),
  };
}
