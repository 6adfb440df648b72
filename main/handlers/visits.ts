import type { Handlers } from '../../shared/ipc/contract';
import { isoNow } from '../services/clock';
import { suggestVisits } from '../services/visits/suggestions';
import { completeVisit } from '../services/visits/visit-complete';
import { exportVisitsIcs } from '../services/visits/visit-export';
import { reorderVisits, visitRoute } from '../services/visits/visit-route';
import { readVisitSettings, writeVisitSettings } from '../services/visits/visit-settings';
import {
  cancelVisit,
  checkInVisit,
  createManyVisits,
  createVisit,
  listVisits,
  removeVisit,
  updateVisit,
} from '../services/visits/visits.service';
import type { HandlerContext } from './handler-context';

type VisitChannels = Extract<keyof Handlers, `visits.${string}`>;

export function visitHandlers(ctx: HandlerContext): Pick<Handlers, VisitChannels> {
  return {
    'visits.list': (input) => listVisits(ctx, input),
    'visits.create': (input) => createVisit(ctx, input),
    'visits.createMany': (input) => createManyVisits(ctx, input),
    'visits.update': ({ id, patch }) => updateVisit(ctx, id, patch),
    'visits.remove': ({ id }) => removeVisit(ctx, id),
    'visits.checkIn': (input) => checkInVisit(ctx, input),
    'visits.complete': (input) => completeVisit(ctx, input),
    'visits.cancel': ({ id }) => cancelVisit(ctx, id),
    'visits.suggest': (input) => suggestVisits(ctx, input),
    'visits.route': ({ date }) => visitRoute(ctx, date),
    'visits.reorder': ({ date, ids }) => reorderVisits(ctx, date, ids),
    'visits.exportIcs': (input) =>
      exportVisitsIcs(ctx, {
        ...input,
        path: ctx.pickedPaths.assertAllowed(input.path, 'write'),
      }),
    'visits.getSettings': () => readVisitSettings(ctx.db.kysely),
    'visits.updateSettings': async (patch) => {
      const settings = await writeVisitSettings(ctx.db.kysely, patch, isoNow(ctx.clock));
      ctx.emit('data.changed', { domain: 'visits' });
      return settings;
    },
  };
}
