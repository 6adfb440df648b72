import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../../domain/settings';
import { none } from './common';

export const appChannels = {
  'settings.get': { input: none, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'sample.load': {
    input: z.object({ count: z.number().int().min(1).max(1_000_000) }).strict(),
    output: z.object({ created: z.number().int() }),
  },
  'app.info': {
    input: none,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dbPath: z.string(),
      customerCount: z.number().int(),
    }),
  },
} as const;
