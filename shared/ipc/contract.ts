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
} from '../domain/customer';
import { contactCreateSchema, contactPatchSchema, contactSchema } from '../domain/contact';
import {
  interactionCreateSchema,
  interactionPatchSchema,
  interactionSchema,
} from '../domain/interaction';
import { idField } from '../domain/fields';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import type { Envelope } from './result';

const byId = z.object({ id: idField }).strict();
const byCustomer = z.object({ customerId: idField }).strict();
const none = z.object({}).strict().optional();
const removed = z.object({ id: z.string() });

/**
 * The IPC contract: every channel the renderer may call, with its input and output schemas.
 * Handlers, the preload API and the bridge are all derived from this one map.
 */
export const contract = {
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
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller passes (before defaults and preprocessing). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type Handlers = {
  [C in Channel]: (input: HandlerInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type Domain = Channel extends `${infer D}.${string}` ? D : never;

/** `api.customers.list(input)`: the typed shape built from the contract. */
export type NestedApi<R> = {
  [D in Domain]: {
    [C in Channel as C extends `${D}.${infer V}` ? V : never]: (
      input: ChannelInput<C>,
    ) => Promise<R extends 'envelope' ? Envelope<ChannelOutput<C>> : ChannelOutput<C>>;
  };
};
