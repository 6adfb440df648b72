import { z } from 'zod';
import { jobStateSchema } from '../domain/backup';

/** Push events from main to renderer (progress, refresh hints). */
export const events = {
  'job.progress': z.object({
    jobId: z.string(),
    kind: z.string(),
    done: z.number(),
    total: z.number(),
    finished: z.boolean(),
    error: z.string().nullable(),
    /** Rows processed so far, when done/total count something else (bytes of an import). */
    rows: z.number().optional(),
  }),
  /** The outcome of a job (import, export, backup, restore, snapshot) when it ends. */
  'job.result': jobStateSchema,
  'data.changed': z.object({
    domain: z.enum(['customers', 'contacts', 'interactions', 'tags', 'reminders', 'visits']),
  }),
  // A reminder fell due (bridge/dev: the renderer shows a toast where Electron shows an OS
  // notification). kind 'group' sums several at once, e.g. after the app was closed.
  'reminder.due': z.object({
    kind: z.enum(['single', 'group']),
    count: z.number().int(),
    reminderId: z.string().nullable(),
    customerId: z.string().nullable(),
    customerName: z.string().nullable(),
    title: z.string(),
    body: z.string(),
    counts: z.object({ overdue: z.number().int(), today: z.number().int() }),
  }),
  // The user clicked a reminder notification: open the customer (or, for a group, the list).
  'reminder.open': z.object({
    customerId: z.string().nullable(),
    reminderId: z.string().nullable(),
  }),
  // Rule settings changed: the scheduler re-runs the rules; the renderer may re-read them.
  'reminder.rulesChanged': z.object({}),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
