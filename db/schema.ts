import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  CompanySize,
  CustomerKind,
  Gender,
  InteractionType,
  LeadSource,
  Stage,
  Tier,
} from '../shared/domain/enums';
import type { ReminderPriority, ReminderRepeat, ReminderStatus } from '../shared/domain/reminder';
import type { VisitStoredStatus } from '../shared/domain/visit';

// Table interfaces appear only inside `Database`; code uses the Selectable/Insertable aliases.
// Nullable columns are `T | null`, never optional.

interface CustomersTable {
  seq: Generated<number>;
  id: string;
  kind: CustomerKind;
  name: string;
  name_pinyin: string;
  name_initials: string;
  phone: string | null;
  phone_norm: string | null;
  email: string | null;
  email_norm: string | null;
  company: string | null;
  title: string | null;
  industry: string | null;
  size: CompanySize | null;
  source: LeadSource | null;
  stage: Stage;
  tier: Tier;
  owner: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  birthday: string | null;
  gender: Gender | null;
  notes: string | null;
  custom: string;
  last_contact_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface ContactsTable {
  seq: Generated<number>;
  id: string;
  customer_id: string;
  name: string;
  name_pinyin: string;
  title: string | null;
  phone: string | null;
  phone_norm: string | null;
  email: string | null;
  wechat: string | null;
  is_primary: number;
  birthday: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface TagsTable {
  id: string;
  name: string;
  color: string | null;
  created_at: string;
  updated_at: string;
}

interface CustomerTagsTable {
  customer_id: string;
  tag_id: string;
  created_at: string;
}

interface InteractionsTable {
  seq: Generated<number>;
  id: string;
  customer_id: string;
  contact_id: string | null;
  type: InteractionType;
  occurred_at: string;
  summary: string;
  outcome: string | null;
  next_step: string | null;
  visit_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

interface CustomerGramsTable {
  rowid: number;
  grams: string;
  customer_grams: string;
}

interface CountersTable {
  name: string;
  value: number;
}

interface CustomersFtsTable {
  rowid: number;
  customers_fts: string;
}

interface RemindersTable {
  seq: Generated<number>;
  id: string;
  customer_id: string;
  deal_id: string | null;
  title: string;
  notes: string | null;
  due_at: string;
  repeat: ReminderRepeat;
  status: ReminderStatus;
  snoozed_until: string | null;
  completed_at: string | null;
  source: string;
  priority: ReminderPriority;
  rule_key: string | null;
  series_id: string | null;
  series_anchor: string | null;
  series_index: number;
  notified_at: string | null;
  /** JSON parts of an automatic title (migration 0004); null for typed titles. */
  title_args: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface VisitsTable {
  seq: Generated<number>;
  id: string;
  customer_id: string;
  contact_id: string | null;
  planned_at: string;
  duration_min: number;
  purpose: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  status: VisitStoredStatus;
  outcome: string | null;
  checked_in_at: string | null;
  check_in_note: string | null;
  completed_at: string | null;
  route_order: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface Database {
  customers: CustomersTable;
  contacts: ContactsTable;
  tags: TagsTable;
  customer_tags: CustomerTagsTable;
  interactions: InteractionsTable;
  settings: SettingsTable;
  customer_grams: CustomerGramsTable;
  counters: CountersTable;
  customers_fts: CustomersFtsTable;
  reminders: RemindersTable;
  visits: VisitsTable;
}

export type CustomerRow = Selectable<CustomersTable>;
export type NewCustomerRow = Insertable<CustomersTable>;
export type CustomerRowUpdate = Updateable<CustomersTable>;
export type ContactRow = Selectable<ContactsTable>;
export type NewContactRow = Insertable<ContactsTable>;
export type ContactRowUpdate = Updateable<ContactsTable>;
export type TagRow = Selectable<TagsTable>;
export type InteractionRow = Selectable<InteractionsTable>;
export type NewInteractionRow = Insertable<InteractionsTable>;
export type InteractionRowUpdate = Updateable<InteractionsTable>;
export type ReminderRow = Selectable<RemindersTable>;
export type NewReminderRow = Insertable<RemindersTable>;
export type ReminderRowUpdate = Updateable<RemindersTable>;
export type VisitRow = Selectable<VisitsTable>;
export type NewVisitRow = Insertable<VisitsTable>;
export type VisitRowUpdate = Updateable<VisitsTable>;
