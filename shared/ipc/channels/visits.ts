import { z } from 'zod';
import { idField } from '../../domain/fields';
import { interactionSchema } from '../../domain/interaction';
import { reminderSchema } from '../../domain/reminder';
import {
  dayField,
  visitCheckInSchema,
  visitCompleteSchema,
  visitCreateManySchema,
  visitCreateSchema,
  visitExportIcsSchema,
  visitListInputSchema,
  visitPatchSchema,
  visitReorderSchema,
  visitRouteSchema,
  visitSchema,
  visitSettingsPatchSchema,
  visitSettingsSchema,
  visitSuggestInputSchema,
  visitSuggestOutputSchema,
} from '../../domain/visit';
import { byId, none, removed } from './common';

/** A file name the save dialog suggests: no folders, ends in .pdf. */
const pdfFileName = z
  .string()
  .trim()
  .min(5, 'validation.invalid')
  .max(120, 'validation.tooLong')
  .regex(/^[^\\/:*?"<>|\p{Cc}]+\.pdf$/iu, 'validation.invalid');

export const visitChannels = {
  'visits.list': {
    input: visitListInputSchema,
    output: z.object({ items: z.array(visitSchema), truncated: z.boolean() }),
  },
  'visits.create': { input: visitCreateSchema, output: visitSchema },
  'visits.createMany': { input: visitCreateManySchema, output: z.array(visitSchema) },
  'visits.update': {
    input: z.object({ id: idField, patch: visitPatchSchema }).strict(),
    output: visitSchema,
  },
  'visits.remove': { input: byId, output: removed },
  'visits.checkIn': { input: visitCheckInSchema, output: visitSchema },
  'visits.complete': {
    input: visitCompleteSchema,
    output: z.object({
      visit: visitSchema,
      interaction: interactionSchema,
      reminder: reminderSchema.nullable(),
    }),
  },
  'visits.cancel': { input: byId, output: visitSchema },
  'visits.suggest': { input: visitSuggestInputSchema, output: visitSuggestOutputSchema },
  'visits.route': { input: z.object({ date: dayField }).strict(), output: visitRouteSchema },
  'visits.reorder': { input: visitReorderSchema, output: visitRouteSchema },
  'visits.exportIcs': {
    input: visitExportIcsSchema,
    output: z.object({ path: z.string(), count: z.number() }),
  },
  /** Electron: the window as a PDF where the user chose in a save dialog; null = cancelled or
   *  no native dialogs (the browser preview prints with window.print() instead). */
  'visits.saveDayPlanPdf': {
    input: z.object({ fileName: pdfFileName }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'visits.getSettings': { input: none, output: visitSettingsSchema },
  'visits.updateSettings': { input: visitSettingsPatchSchema, output: visitSettingsSchema },
} as const;
