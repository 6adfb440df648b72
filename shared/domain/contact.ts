import { z } from 'zod';
import {
  calendarDateField,
  emailField,
  idField,
  optionalText,
  phoneField,
  requiredText,
} from './fields';

export const contactFieldsSchema = z.object({
  name: requiredText(100),
  title: optionalText(100),
  phone: phoneField,
  email: emailField,
  wechat: optionalText(100),
  isPrimary: z.boolean(),
  birthday: calendarDateField,
  notes: optionalText(5_000),
});

export const contactCreateSchema = contactFieldsSchema
  .partial()
  .required({ name: true })
  .extend({ customerId: idField })
  .strict();
export type ContactCreate = z.input<typeof contactCreateSchema>;

export const contactPatchSchema = contactFieldsSchema.partial().strict();
export type ContactPatch = z.input<typeof contactPatchSchema>;

export const contactSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string(),
  namePinyin: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  wechat: z.string().nullable(),
  isPrimary: z.boolean(),
  birthday: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;
