import { z } from 'zod';

/** Push events from main to renderer (progress, refresh hints). */
export const events = {
  'job.progress': z.object({
    jobId: z.string(),
    kind: z.string(),
    done: z.number(),
    total: z.number(),
    finished: z.boolean(),
    error: z.string().nullable(),
  }),
  'data.changed': z.object({ domain: z.enum(['customers', 'contacts', 'interactions', 'tags']) }),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
