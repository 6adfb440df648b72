import { z } from 'zod';
import { TIERS } from './enums';
import { isCalendarDate } from './dates';
import { idField, instantField, latField, lngField, optionalText, requiredText } from './fields';

/** What the table stores; `missed` is derived on read (see VISIT_STATUSES). */
export const VISIT_STORED_STATUSES = ['planned', 'done', 'cancelled', 'missed'] as const;
export type VisitStoredStatus = (typeof VISIT_STORED_STATUSES)[number];

/**
 * What callers see. A visit is stored as `planned` until it is done or cancelled; it reads as
 * `missed` when it was never checked in and its planned time is before the start of today in
 * the user's time zone (the reminders time zone), so no timer has to flip rows at midnight.
 */
export const VISIT_STATUSES = ['planned', 'done', 'cancelled', 'missed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const dayField = z.string().refine(isCalendarDate, 'validation.date');
const durationField = z
  .number()
  .int('validation.visitDuration')
  .min(5, 'validation.visitDuration')
  .max(1_440, 'validation.visitDuration');
const reqLat = z.number().min(-90, 'validation.lat').max(90, 'validation.lat');
const reqLng = z.number().min(-180, 'validation.lng').max(180, 'validation.lng');

export const visitFieldsSchema = z.object({
  contactId: idField.nullable(),
  plannedAt: instantField,
  durationMin: durationField,
  purpose: optionalText(500),
  address: optionalText(500),
  lat: latField,
  lng: lngField,
});

function pairedCoordinates(v: { lat?: number | null; lng?: number | null }): boolean {
  return (v.lat === undefined || v.lat === null) === (v.lng === undefined || v.lng === null);
}
const pairMessage = { message: 'validation.latLngPair', path: ['lat'] };

export const visitCreateSchema = visitFieldsSchema
  .partial()
  .required({ plannedAt: true })
  .extend({ customerId: idField })
  .strict()
  .refine(pairedCoordinates, pairMessage);
export type VisitCreate = z.input<typeof visitCreateSchema>;

/** Plans one visit per customer, back to back from `plannedAt`, in one transaction. */
export const visitCreateManySchema = z
  .object({
    customerIds: z.array(idField).min(1, 'validation.required').max(500, 'validation.tooMany'),
    plannedAt: instantField,
    durationMin: durationField.optional(),
    /** Minutes between consecutive starts; defaults to durationMin (0 = all at the same time). */
    spacingMin: z
      .number()
      .int()
      .min(0, 'validation.range')
      .max(1_440, 'validation.range')
      .optional(),
    purpose: optionalText(500).optional(),
  })
  .strict();
export type VisitCreateMany = z.input<typeof visitCreateManySchema>;

export const visitPatchSchema = visitFieldsSchema
  .partial()
  .strict()
  .refine(pairedCoordinates, pairMessage);
export type VisitPatch = z.input<typeof visitPatchSchema>;

export const visitListInputSchema = z
  .object({
    from: instantField,
    to: instantField,
    status: z.enum(VISIT_STATUSES, { error: 'validation.choice' }).optional(),
    customerId: idField.optional(),
  })
  .strict()
  .refine((v) => new Date(v.from) < new Date(v.to), {
    message: 'validation.rangeOrder',
    path: ['to'],
  });

export const visitCheckInSchema = z
  .object({
    id: idField,
    at: instantField.optional(),
    lat: reqLat.optional(),
    lng: reqLng.optional(),
    note: optionalText(1_000).optional(),
  })
  .strict()
  .refine(pairedCoordinates, pairMessage);

export const visitCompleteSchema = z
  .object({
    id: idField,
    outcome: requiredText(2_000),
    nextStep: optionalText(2_000).optional(),
    followUp: z
      .object({ dueAt: instantField, title: requiredText(200) })
      .strict()
      .optional(),
  })
  .strict();

export const visitSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  plannedAt: z.string(),
  durationMin: z.number(),
  purpose: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  status: z.enum(VISIT_STATUSES),
  outcome: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  checkInNote: z.string().nullable(),
  completedAt: z.string().nullable(),
  routeOrder: z.number().nullable(),
  /** The customer's place, for grouping and the unknown-place hint. */
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

export const coordSourceSchema = z.enum(['visit', 'customer', 'gazetteer']);
export type CoordSource = z.infer<typeof coordSourceSchema>;

export const routeStopSchema = z.object({
  visit: visitSchema,
  /** Null when the place is unknown: listed last, flagged. */
  coord: z.object({ lat: z.number(), lng: z.number(), source: coordSourceSchema }).nullable(),
  unknownPlace: z.boolean(),
  /** Distance from the previous stop (or the start) in km; null for unknown places. */
  legKm: z.number().nullable(),
});

export const visitRouteSchema = z.object({
  date: z.string(),
  start: z.object({ lat: z.number(), lng: z.number(), label: z.string().nullable() }).nullable(),
  /** True when the order is the user's (visits.reorder), false when computed. */
  manual: z.boolean(),
  stops: z.array(routeStopSchema),
  totalKm: z.number(),
});
export type VisitRoute = z.infer<typeof visitRouteSchema>;

export const visitReorderSchema = z
  .object({ date: dayField, ids: z.array(idField).max(500, 'validation.tooMany') })
  .strict();

export const suggestionSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  tier: z.enum(TIERS),
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  /** When the customer became due: last visit (or creation) + cadence. */
  dueSince: z.string(),
  overdueDays: z.number(),
});
export const suggestionGroupSchema = z.object({
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  maxOverdueDays: z.number(),
  customers: z.array(suggestionSchema),
});
export const visitSuggestInputSchema = z
  .object({
    limit: z.number().int().min(1, 'validation.range').max(500, 'validation.range').optional(),
    city: z.string().trim().max(50, 'validation.tooLong').optional(),
  })
  .strict()
  .optional();
export const visitSuggestOutputSchema = z.object({
  asOf: z.string(),
  count: z.number(),
  groups: z.array(suggestionGroupSchema),
});
export type VisitSuggestions = z.infer<typeof visitSuggestOutputSchema>;

const cadenceTiers = ['vip', 'important', 'ordinary'] as const;
export const cadenceSchema = z.object(
  Object.fromEntries(
    cadenceTiers.map((t) => [
      t,
      z.number().int().min(1, 'validation.range').max(3_650, 'validation.range'),
    ]),
  ) as Record<(typeof cadenceTiers)[number], z.ZodNumber>,
);

export const homeSchema = z
  .object({
    label: optionalText(200).optional(),
    address: optionalText(500).optional(),
    lat: reqLat.nullable().optional(),
    lng: reqLng.nullable().optional(),
    /** A gazetteer place used when lat/lng are null (e.g. 四川 / 成都 / 武侯区). */
    province: optionalText(50).optional(),
    city: optionalText(50).optional(),
    district: optionalText(50).optional(),
  })
  .refine(pairedCoordinates, pairMessage);

export const visitSettingsSchema = z.object({
  home: homeSchema.nullable(),
  cadenceDays: cadenceSchema,
  defaultDurationMin: durationField,
});
export type VisitSettings = z.infer<typeof visitSettingsSchema>;

export const visitSettingsPatchSchema = z
  .object({
    home: homeSchema.nullable().optional(),
    cadenceDays: cadenceSchema.partial().optional(),
    defaultDurationMin: durationField.optional(),
  })
  .strict();
export type VisitSettingsPatch = z.input<typeof visitSettingsPatchSchema>;

export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  home: null,
  cadenceDays: { vip: 14, important: 30, ordinary: 90 },
  defaultDurationMin: 60,
};

export const visitExportIcsSchema = z
  .object({ from: instantField, to: instantField, path: z.string().min(1) })
  .strict()
  .refine((v) => new Date(v.from) < new Date(v.to), {
    message: 'validation.rangeOrder',
    path: ['to'],
  });
