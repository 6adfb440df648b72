import { dirname, join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { defaultWorkerScript } from '../jobs/worker-script';
import { isoNow } from '../services/clock';
import { createSuggestRunner } from '../services/visits/suggest-runner';
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

/** The suggestions worker is bundled beside the job worker (scripts/build-node.mjs). */
function suggestWorkerFile(ctx: HandlerContext): string {
  return join(dirname(ctx.workerScript ?? defaultWorkerScript()), 'suggest-worker.cjs');
}

export function visitHandlers(ctx: HandlerContext): Pick<Handlers, VisitChannels> {
  // Off the IPC thread: a cold city filter over a million customers reads the disk.
  const suggestions = createSuggestRunner(ctx, suggestWorkerFile(ctx));
  return {
    'visits.list': (input) => {
      // Someone is looking at visits (Today, the visit plans): suggestions are likely next.
      void suggestions.prepare();
      return listVisits(ctx, input);
    },
    'visits.create': (input) => createVisit(ctx, input),
    'visits.createMany': (input) => createManyVisits(ctx, input),
    'visits.update': ({ id, patch }) => updateVisit(ctx, id, patch),
    'visits.remove': ({ id }) => removeVisit(ctx, id),
    'visits.checkIn': (input) => checkInVisit(ctx, input),
    'visits.complete': (input) => completeVisit(ctx, input),
    'visits.cancel': ({ id }) => cancelVisit(ctx, id),
    'visits.suggest': (input) => suggestions.suggest(input, ctx.clock.now()),
    'visits.route': ({ date }) => visitRoute(ctx, date),
    'visits.reorder': ({ date, ids }) => reorderVisits(ctx, date, ids),
    'visits.exportIcs': (input) =>
      exportVisitsIcs(ctx, {
        ...input,
        path: ctx.pickedPaths.assertAllowed(input.path, 'write'),
      }),
    'visits.saveDayPlanPdf': async ({ fileName }) => ({
      path: ctx.pdfPrinter ? await ctx.pdfPrinter.savePdf({ defaultName: fileName }) : null,
    }),
    'visits.getSettings': () => readVisitSettings(ctx.db.kysely),
    'visits.updateSettings': async (patch) => {
      const settings = await writeVisitSettings(ctx.db.kysely, patch, isoNow(ctx.clock));
      ctx.emit('data.changed', { domain: 'visits' });
      return settings;
    },
  };
}
