import { z } from 'zod';
import { idField } from '../../domain/fields';
import { interactionSchema } from '../../domain/interaction';
import {
  reminderCompleteSchema,
  reminderCountsSchema,
  reminderCreateSchema,
  reminderListInputSchema,
  reminderListOutputSchema,
  reminderPatchSchema,
  reminderRulesPatchSchema,
  reminderRulesSchema,
  reminderSavedSchema,
  reminderSchema,
  reminderSnoozeSchema,
} from '../../domain/reminder';
import { byId, none, removed } from './common';

export const reminderChannels = {
  'reminders.list': { input: reminderListInputSchema, output: reminderListOutputSchema },
  'reminders.counts': { input: none, output: reminderCountsSchema },
  'reminders.create': { input: reminderCreateSchema, output: reminderSavedSchema },
  'reminders.update': {
    input: z.object({ id: idField, patch: reminderPatchSchema }).strict(),
    output: reminderSavedSchema,
  },
  'reminders.complete': {
    input: reminderCompleteSchema,
    output: z.object({
      reminder: reminderSchema,
      next: reminderSchema.nullable(),
      interaction: interactionSchema.nullable(),
    }),
  },
  'reminders.snooze': { input: reminderSnoozeSchema, output: reminderSchema },
  'reminders.dismiss': { input: byId, output: reminderSchema },
  // Undo of complete / dismiss; with the interaction the completion logged, that goes too.
  'reminders.reopen': {
    input: z.object({ id: idField, interactionId: idField.optional() }).strict(),
    output: reminderSchema,
  },
  'reminders.remove': { input: byId, output: removed },
  'reminders.getRules': { input: none, output: reminderRulesSchema },
  'reminders.updateRules': { input: reminderRulesPatchSchema, output: reminderRulesSchema },
} as const;
