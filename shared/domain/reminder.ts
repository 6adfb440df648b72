import { z } from 'zod';
import { INTERACTION_TYPES } from './enums';
import { idField, instantField, optionalText, requiredText } from './fields';

export const REMINDER_REPEATS = ['none', 'daily', 'weekly', 'monthly', 'yearly'] as const;
export type ReminderRepeat = (typeof REMINDER_REPEATS)[number];

export const REMINDER_STATUSES = ['open', 'done', 'dismissed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

export const REMINDER_PRIORITIES = ['low', 'normal', 'high'] as const;
export type ReminderPriority = (typeof REMINDER_PRIORITIES)[number];

export const REMINDER_VIEWS = ['overdue', 'today', 'upcoming', 'done'] as const;
export type ReminderView = (typeof REMINDER_VIEWS)[number];

export const REMINDER_RULES = ['no-contact', 'birthday', 'visit-follow-up'] as const;
export type ReminderRule = (typeof REMINDER_RULES)[number];

/** manual | visit | rule:<name>; the UI labels rule reminders by the name. */
export type ReminderSource = 'manual' | 'visit' | `rule:${ReminderRule}`;

/** True when the IANA zone name is one this runtime knows (Asia/Shanghai, Europe/Berlin...). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const repeatField = z.enum(REMINDER_REPEATS, { error: 'validation.repeat' });
const priorityField = z.enum(REMINDER_PRIORITIES, { error: 'validation.choice' });

export const reminderFieldsSchema = z.object({
  dealId: idField.nullable(),
  title: requiredText(200),
  notes: optionalText(5_000),
  dueAt: instantField,
  repeat: repeatField,
  priority: priorityField,
});

export const reminderCreateSchema = reminderFieldsSchema
  .partial()
  .required({ title: true, dueAt: true })
  .extend({ customerId: idField })
  .strict();
export type ReminderCreate = z.input<typeof reminderCreateSchema>;

export const reminderPatchSchema = reminderFieldsSchema.partial().strict();
export type ReminderPatch = z.input<typeof reminderPatchSchema>;

export const reminderSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  dealId: z.string().nullable(),
  title: z.string(),
  notes: z.string().nullable(),
  dueAt: z.string(),
  /** snoozedUntil when snoozed, else dueAt: what the views sort and the timer fires on. */
  effectiveDueAt: z.string(),
  repeat: z.enum(REMINDER_REPEATS),
  status: z.enum(REMINDER_STATUSES),
  snoozedUntil: z.string().nullable(),
  completedAt: z.string().nullable(),
  source: z.string(),
  priority: z.enum(REMINDER_PRIORITIES),
  seriesId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** Non-blocking remarks on a saved reminder, e.g. { path: ['dueAt'], message: 'validation.dueInPast' }. */
export const reminderSavedSchema = z.object({
  reminder: reminderSchema,
  warnings: z.array(z.object({ path: z.array(z.string()), message: z.string() })),
});
export type ReminderSaved = z.infer<typeof reminderSavedSchema>;

export const reminderListInputSchema = z
  .object({
    view: z.enum(REMINDER_VIEWS, { error: 'validation.choice' }),
    customerId: idField.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    cursor: z.string().max(500).nullable().optional(),
  })
  .strict();
export type ReminderListInput = z.infer<typeof reminderListInputSchema>;

export const reminderListOutputSchema = z.object({
  items: z.array(reminderSchema),
  nextCursor: z.string().nullable(),
});
export type ReminderListOutput = z.infer<typeof reminderListOutputSchema>;

export const reminderCountsSchema = z.object({
  overdue: z.number().int(),
  today: z.number().int(),
  upcoming: z.number().int(),
});
export type ReminderCounts = z.infer<typeof reminderCountsSchema>;

export const reminderCompleteSchema = z
  .object({
    id: idField,
    note: optionalText(2_000).optional(),
    logInteraction: z.boolean().optional(),
    interactionType: z.enum(INTERACTION_TYPES, { error: 'validation.choice' }).optional(),
  })
  .strict();
export type ReminderCompleteInput = z.input<typeof reminderCompleteSchema>;

export const reminderSnoozeSchema = z.object({ id: idField, until: instantField }).strict();

// Rule settings (settings key `reminders.rules`). Every field has a default, so a partial or
// older stored value still parses; a day count of null switches that tier off.
const dayCount = z.number().int().min(1, 'validation.range').max(3_650, 'validation.range');
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.timeOfDay');
const timeZoneField = z.string().refine(isTimeZone, 'validation.timeZone').nullable();
/** New "no contact" follow-ups a day at most; null for no limit. */
const dailyLimit = z.number().int().min(1, 'validation.range').max(10_000, 'validation.range');

export const reminderRulesSchema = z.object({
  /** IANA zone the day boundaries and rule times use; null follows the computer's zone. */
  timeZone: timeZoneField.default(null),
  /** Local time of day rule reminders fall due. */
  notifyAt: timeOfDay.default('09:00'),
  noContact: z
    .object({
      enabled: z.boolean().default(true),
      days: z
        .object({
          vip: dayCount.nullable().default(14),
          important: dayCount.nullable().default(30),
          ordinary: dayCount.nullable().default(90),
          potential: dayCount.nullable().default(null),
        })
        .prefault({}),
      dailyLimit: dailyLimit.nullable().default(100),
    })
    .prefault({}),
  birthdays: z
    .object({
      enabled: z.boolean().default(true),
      daysBefore: z
        .number()
        .int()
        .min(0, 'validation.range')
        .max(60, 'validation.range')
        .default(7),
    })
    .prefault({}),
  visitFollowUp: z
    .object({
      enabled: z.boolean().default(true),
      days: dayCount.default(3),
    })
    .prefault({}),
});
export type ReminderRules = z.infer<typeof reminderRulesSchema>;
export const DEFAULT_REMINDER_RULES: ReminderRules = reminderRulesSchema.parse({});

export const reminderRulesPatchSchema = z
  .object({
    // No defaults in a patch: a missing field means "leave as is".
    timeZone: timeZoneField.optional(),
    notifyAt: timeOfDay.optional(),
    noContact: z
      .object({
        enabled: z.boolean().optional(),
        days: z
          .object({
            vip: dayCount.nullable().optional(),
            important: dayCount.nullable().optional(),
            ordinary: dayCount.nullable().optional(),
            potential: dayCount.nullable().optional(),
          })
          .strict()
          .optional(),
        dailyLimit: dailyLimit.nullable().optional(),
      })
      .strict()
      .optional(),
    birthdays: z
      .object({
        enabled: z.boolean().optional(),
        daysBefore: z
          .number()
          .int()
          .min(0, 'validation.range')
          .max(60, 'validation.range')
          .optional(),
      })
      .strict()
      .optional(),
    visitFollowUp: z
      .object({ enabled: z.boolean().optional(), days: dayCount.optional() })
      .strict()
      .optional(),
  })
  .strict();
export type ReminderRulesPatch = z.infer<typeof reminderRulesPatchSchema>;
