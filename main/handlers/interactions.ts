import type { Handlers } from '../../shared/ipc/contract';
import {
  createInteraction,
  listInteractions,
  removeInteraction,
  updateInteraction,
} from '../services/interactions.service';
import type { HandlerContext } from './handler-context';

type InteractionChannels =
  | 'interactions.create'
  | 'interactions.update'
  | 'interactions.remove'
  | 'interactions.listByCustomer';

export function interactionHandlers(ctx: HandlerContext): Pick<Handlers, InteractionChannels> {
  return {
    'interactions.create': (input) => createInteraction(ctx, input),
    'interactions.update': ({ id, patch }) => updateInteraction(ctx, id, patch),
    'interactions.remove': ({ id }) => removeInteraction(ctx, id),
    'interactions.listByCustomer': ({ customerId, limit }) =>
      listInteractions(ctx, customerId, limit ?? 100),
  };
}
