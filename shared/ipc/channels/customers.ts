import { z } from 'zod';
import {
  customerCreateSchema,
  customerDetailSchema,
  customerListInputSchema,
  customerListOutputSchema,
  customerPatchSchema,
  customerSchema,
  duplicateMatchSchema,
  duplicateQuerySchema,
  facetsSchema,
} from '../../domain/customer';
import { contactCreateSchema, contactPatchSchema, contactSchema } from '../../domain/contact';
import {
  interactionCreateSchema,
  interactionPatchSchema,
  interactionSchema,
} from '../../domain/interaction';
import { byCustomer, byId, none, removed } from './common';
import { idField } from '../../domain/fields';

export const customerChannels = {
  'customers.list': { input: customerListInputSchema, output: customerListOutputSchema },
  'customers.get': { input: byId, output: customerDetailSchema },
  'customers.create': { input: customerCreateSchema, output: customerSchema },
  'customers.update': {
    input: z.object({ id: idField, patch: customerPatchSchema }).strict(),
    output: customerSchema,
  },
  'customers.remove': { input: byId, output: removed },
  'customers.restore': { input: byId, output: customerSchema },
  'customers.findDuplicates': {
    input: duplicateQuerySchema,
    output: z.array(duplicateMatchSchema),
  },
  'customers.facets': { input: none, output: facetsSchema },
  'contacts.create': { input: contactCreateSchema, output: contactSchema },
  'contacts.update': {
    input: z.object({ id: idField, patch: contactPatchSchema }).strict(),
    output: contactSchema,
  },
  'contacts.remove': { input: byId, output: removed },
  'contacts.listByCustomer': { input: byCustomer, output: z.array(contactSchema) },
  'interactions.create': { input: interactionCreateSchema, output: interactionSchema },
  'interactions.update': {
    input: z.object({ id: idField, patch: interactionPatchSchema }).strict(),
    output: interactionSchema,
  },
  'interactions.remove': { input: byId, output: removed },
  'interactions.listByCustomer': {
    input: z
      .object({ customerId: idField, limit: z.number().int().min(1).max(500).optional() })
      .strict(),
    output: z.array(interactionSchema),
  },
  'tags.list': {
    input: none,
    output: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  },
} as const;
