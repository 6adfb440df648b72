// Domain enums shared by every process. Labels live in renderer/i18n, keyed by these values.
export const CUSTOMER_KINDS = ['company', 'person'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

// Order matters: it is the funnel order used for sorting and charts.
export const STAGES = ['lead', 'prospect', 'active', 'loyal', 'dormant', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

// Order matters: most valuable first, used for sorting.
export const TIERS = ['vip', 'important', 'ordinary', 'potential'] as const;
export type Tier = (typeof TIERS)[number];

export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const LEAD_SOURCES = [
  'referral',
  'website',
  'exhibition',
  'cold_call',
  'social',
  'advertising',
  'partner',
  'walk_in',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const INTERACTION_TYPES = [
  'call',
  'visit',
  'meeting',
  'wechat',
  'chat',
  'email',
  'event',
  'note',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const CUSTOMER_SORT_FIELDS = [
  'relevance',
  'name',
  'tier',
  'stage',
  'city',
  'createdAt',
  'updatedAt',
  'lastContactAt',
] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
