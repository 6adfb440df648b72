import { z } from 'zod';
import { INTERACTION_TYPES } from './enums';
import { idField, instantField, optionalText, requiredText } from './fields';

export const interactionFieldsSchema = z.object({
  contactId: idField.nullable(),
  type: z.enum(INTERACTION_TYPES, { error: 'validation.choice' }),
  occurredAt: instantField,
  summary: requiredText(2_000),
  outcome: optionalText(2_000),
  nextStep: optionalText(2_000),
});

export const interactionCreateSchema = interactionFieldsSchema
  .partial()
  .required({ type: true, summary: true, occurredAt: true })
  .extend({ customerId: idField })
  .strict();
export type InteractionCreate = z.input<typeof interactionCreateSchema>;

export const interactionPatchSchema = interactionFieldsSchema.partial().strict();
export type InteractionPatch = z.input<typeof interactionPatchSchema>;

export const interactionSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  type: z.enum(INTERACTION_TYPES),
  occurredAt: z.string(),
  summary: z.string(),
  outcome: z.string().nullable(),
  nextStep: z.string().nullable(),
  visitId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interaction = z.infer<typeof interactionSchema>;
