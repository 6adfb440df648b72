import { z } from 'zod';
import {
  COMPANY_SIZES,
  CUSTOMER_KINDS,
  CUSTOMER_SORT_FIELDS,
  GENDERS,
  LEAD_SOURCES,
  STAGES,
  TIERS,
} from './enums';
import {
  calendarDateField,
  emailField,
  idField,
  latField,
  lngField,
  optionalEnum,
  optionalText,
  phoneField,
  requiredText,
  tagNameField,
} from './fields';
import { contactSchema } from './contact';
import { interactionSchema } from './interaction';

/** Editable customer fields; the create form and the import both validate with this. */
export const customerFieldsSchema = z.object({
  kind: z.enum(CUSTOMER_KINDS, { error: 'validation.choice' }),
  name: requiredText(200),
  phone: phoneField,
  email: emailField,
  company: optionalText(200),
  title: optionalText(100),
  industry: optionalText(100),
  size: optionalEnum(COMPANY_SIZES),
  source: optionalEnum(LEAD_SOURCES),
  stage: z.enum(STAGES, { error: 'validation.choice' }),
  tier: z.enum(TIERS, { error: 'validation.choice' }),
  owner: optionalText(100),
  province: optionalText(50),
  city: optionalText(50),
  district: optionalText(50),
  address: optionalText(300),
  lat: latField,
  lng: lngField,
  birthday: calendarDateField,
  gender: optionalEnum(GENDERS),
  notes: optionalText(10_000),
});
export type CustomerFields = z.infer<typeof customerFieldsSchema>;

// kind, stage and tier have defaults on create; everything else may be left out.
export const customerCreateSchema = customerFieldsSchema
  .partial()
  .required({ name: true })
  .extend({ tags: z.array(tagNameField).max(50).optional() });
export type CustomerCreate = z.input<typeof customerCreateSchema>;

export const customerPatchSchema = customerFieldsSchema
  .partial()
  .extend({ tags: z.array(tagNameField).max(50).optional() });
export type CustomerPatch = z.input<typeof customerPatchSchema>;

export const customerSchema = z.object({
  id: z.string(),
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string(),
  namePinyin: z.string(),
  nameInitials: z.string(),
  phone: z.string().nullable(),
  phoneNorm: z.string().nullable(),
  email: z.string().nullable(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  industry: z.string().nullable(),
  size: z.enum(COMPANY_SIZES).nullable(),
  source: z.enum(LEAD_SOURCES).nullable(),
  stage: z.enum(STAGES),
  tier: z.enum(TIERS),
  owner: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  birthday: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  lastContactAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerListItemSchema = customerSchema.pick({
  id: true,
  kind: true,
  name: true,
  phone: true,
  email: true,
  company: true,
  industry: true,
  stage: true,
  tier: true,
  owner: true,
  province: true,
  city: true,
  district: true,
  tags: true,
  lastContactAt: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
});
export type CustomerListItem = z.infer<typeof customerListItemSchema>;

export const customerFilterSchema = z
  .object({
    tier: z.enum(TIERS).optional(),
    stage: z.enum(STAGES).optional(),
    industry: z.string().max(100).optional(),
    tag: z.string().max(30).optional(),
    city: z.string().max(50).optional(),
    owner: z.string().max(100).optional(),
  })
  .strict();
export type CustomerFilter = z.infer<typeof customerFilterSchema>;

export const customerListInputSchema = z
  .object({
    query: z.string().max(100).optional(),
    filter: customerFilterSchema.optional(),
    sort: z
      .object({ field: z.enum(CUSTOMER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
      .optional(),
    limit: z.number().int().min(1).max(500).optional(),
    cursor: z.string().max(500).nullable().optional(),
    deleted: z.boolean().optional(),
  })
  .strict();
export type CustomerListInput = z.infer<typeof customerListInputSchema>;

export const customerListOutputSchema = z.object({
  items: z.array(customerListItemSchema),
  total: z.number().int(),
  // True when a search matched more rows than it counts; `total` is then a lower bound.
  totalCapped: z.boolean(),
  nextCursor: z.string().nullable(),
});
export type CustomerListOutput = z.infer<typeof customerListOutputSchema>;

export const customerDetailSchema = z.object({
  customer: customerSchema,
  contacts: z.array(contactSchema),
  interactions: z.array(interactionSchema),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const duplicateQuerySchema = z
  .object({
    phone: z.string().max(40).nullable().optional(),
    email: z.string().max(254).nullable().optional(),
    excludeId: idField.optional(),
  })
  .strict();

export const duplicateMatchSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  matchedOn: z.enum(['phone', 'email']),
  deleted: z.boolean(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

export const facetsSchema = z.object({
  industries: z.array(z.string()),
  cities: z.array(z.string()),
  owners: z.array(z.string()),
  tags: z.array(z.string()),
});
export type Facets = z.infer<typeof facetsSchema>;
