import type { Handlers } from '../../shared/ipc/contract';
import { countActiveCustomers } from '../../db/repositories/customers.repository';
import { loadSampleData } from '../services/sample.service';
import { getSettings, updateSettings } from '../services/settings.service';
import { listTags } from '../services/tags.service';
import { AppError } from '../services/errors';
import type { HandlerContext } from './handler-context';

type AppChannels = 'tags.list' | 'settings.get' | 'settings.update' | 'sample.load' | 'app.info';

// The UI offers a few hundred sample customers; benchmark-sized loads go through the CLI
// (bench, preview:web --sample) so the app's IPC is never blocked for long.
const MAX_SAMPLE_FROM_UI = 5000;

export function appHandlers(ctx: HandlerContext): Pick<Handlers, AppChannels> {
  return {
    'tags.list': () => listTags(ctx),
    'settings.get': () => getSettings(ctx),
    'settings.update': (patch) => updateSettings(ctx, patch),
    'sample.load': ({ count }) => {
      if (count > MAX_SAMPLE_FROM_UI) {
        throw new AppError('VALIDATION', 'errors.sampleTooLarge', `at most ${MAX_SAMPLE_FROM_UI}`);
      }
      return loadSampleData(ctx, { count });
    },
    'app.info': async () => ({
      version: ctx.appVersion,
      schemaVersion: ctx.db.schemaVersion(),
      dbPath: ctx.db.path,
      customerCount: await countActiveCustomers(ctx.db.kysely),
    }),
  };
}
