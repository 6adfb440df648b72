import type { z } from 'zod';
import type { Envelope } from './result';
import { appChannels } from './channels/app';
import { customerChannels } from './channels/customers';
import { dataChannels } from './channels/data';
import { dialogChannels } from './channels/dialogs';
import { reminderChannels } from './channels/reminders';
import { visitChannels } from './channels/visits';

/**
 * The IPC contract: every channel the renderer may call, with its input and output schemas.
 * Handlers, the preload API and the bridge are all derived from this one map; each domain
 * declares its channels in shared/ipc/channels/<domain>.ts.
 */
export const contract = {
  ...customerChannels,
  ...appChannels,
  ...dialogChannels,
  ...dataChannels,
  ...reminderChannels,
  ...visitChannels,
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
