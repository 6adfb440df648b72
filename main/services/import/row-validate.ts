import { emailField } from '../../../shared/domain/fields';
import {
  COMPANY_SIZES,
  CUSTOMER_KINDS,
  GENDERS,
  LEAD_SOURCES,
  STAGES,
  TIERS,
} from '../../../shared/domain/enums';
import type {
  CellIssue,
  DateOrder,
  ImportField,
  ImportMapping,
} from '../../../shared/domain/import';
import { unguardFormula } from '../export/formula-guard';
import {
  parseDateCell,
  parseEnumCell,
  parseNumberCell,
  parsePhoneCell,
  splitTags,
  type CellResult,
} from './cell-parse';
import {
  GENDER_WORDS,
  KIND_WORDS,
  SIZE_WORDS,
  SOURCE_WORDS,
  STAGE_WORDS,
  TIER_WORDS,
} from './enum-words';
import type { CustomerRow } from '../../../db/schema';
import type { CUSTOMER_FIELD_COLUMNS } from '../../../db/repositories/customers-bulk.repository';

/** Customer columns an import row can set (snake_case, as stored); pinyin keys are derived. */
export type ImportCustomer = Pick<
  CustomerRow,
  Exclude<(typeof CUSTOMER_FIELD_COLUMNS)[number], 'name_pinyin' | 'name_initials'>
>;

export interface ImportContact {
  name: string;
  title: string | null;
  phone: string | null;
  phone_norm: string | null;
  email: string | null;
  wechat: string | null;
}

export interface ImportRow {
  customer: ImportCustomer;
  tags: string[];
  contact: ImportContact | null;
}

export type RowResult = { ok: true; row: ImportRow } | { ok: false; issues: CellIssue[] };

export interface RowOptions {
  mapping: ImportMapping;
  dateOrder: DateOrder;
  /** Undo Kemai's formula guard (only for files Kemai wrote). */
  unguard: boolean;
}

const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  name: 200,
  firstName: 100,
  lastName: 100,
  company: 200,
  title: 100,
  industry: 100,
  owner: 100,
  province: 50,
  city: 50,
  district: 50,
  address: 300,
  notes: 10_000,
  contactName: 100,
  contactTitle: 100,
  contactWechat: 100,
};

const CJK = /[\u3400-\u9fff]/;

/** Validates one data row against the mapping; every bad cell is reported, not just the first. */
export function validateRow(cells: (string | null)[], options: RowOptions): RowResult {
  const issues: CellIssue[] = [];
  const values = new Map<ImportField, { text: string; column: number }>();
  options.mapping.forEach((field, column) => {
    if (!field) return;
    const raw = cells[column];
    if (raw === null || raw === undefined) return;
    let text = options.unguard ? unguardFormula(raw) : raw;
    // Free text keeps inner spacing but not the padding spreadsheets leave around it.
    text = field === 'notes' ? text.replace(/^\s+|\s+$/g, '') : text.trim();
    if (text === '') return;
    const limit = TEXT_LIMITS[field];
    if (limit !== undefined && text.length > limit) {
      issues.push({ column, field, message: 'validation.tooLong' });
      return;
    }
    values.set(field, { text, column });
  });
  const text = (f: ImportField): string | null => values.get(f)?.text ?? null;
  const check = <T>(f: ImportField, parse: (t: string) => CellResult<T>): T | null => {
    const v = values.get(f);
    if (!v) return null;
    const r = parse(v.text);
    if (r.ok) return r.value;
    issues.push({ column: v.column, field: f, message: r.message });
    return null;
  };
  const email = (f: ImportField): string | null =>
    check(f, (t) => {
      const r = emailField.safeParse(t);
      return r.success && r.data
        ? { ok: true, value: r.data }
        : { ok: false, message: 'validation.email' };
    });

  const first = text('firstName');
  const last = text('lastName');
  let name = text('name');
  let personFromParts = false;
  if (!name && (first || last)) {
    const cjk = CJK.test(`${first ?? ''}${last ?? ''}`);
    name = cjk ? `${last ?? ''}${first ?? ''}` : [first, last].filter(Boolean).join(' ');
    personFromParts = true;
  }
  const company = text('company');
  if (!name && company) name = company;
  if (!name) {
    const column = options.mapping.indexOf('name');
    issues.push({ column, field: 'name', message: 'validation.required' });
  } else if (name.length > 200) {
    issues.push({
      column: options.mapping.indexOf('name'),
      field: 'name',
      message: 'validation.tooLong',
    });
  }

  const phone = check('phone', parsePhoneCell);
  const emailValue = email('email');
  const kind =
    check('kind', (t) => parseEnumCell(t, CUSTOMER_KINDS, KIND_WORDS)) ??
    (personFromParts ? 'person' : 'company');
  const customer: ImportCustomer = {
    kind,
    name: name ?? '',
    phone: phone ? phone.display : null,
    phone_norm: phone ? phone.normalized : null,
    email: emailValue,
    email_norm: emailValue ? emailValue.toLowerCase() : null,
    company,
    title: text('title'),
    industry: text('industry'),
    size: check('size', (t) => parseEnumCell(t, COMPANY_SIZES, SIZE_WORDS)),
    source: check('source', (t) => parseEnumCell(t, LEAD_SOURCES, SOURCE_WORDS)),
    stage: check('stage', (t) => parseEnumCell(t, STAGES, STAGE_WORDS)) ?? 'lead',
    tier: check('tier', (t) => parseEnumCell(t, TIERS, TIER_WORDS)) ?? 'ordinary',
    owner: text('owner'),
    province: text('province'),
    city: text('city'),
    district: text('district'),
    address: text('address'),
    lat: check('lat', (t) => parseNumberCell(t, -90, 90)),
    lng: check('lng', (t) => parseNumberCell(t, -180, 180)),
    birthday: check('birthday', (t) => parseDateCell(t, options.dateOrder)),
    gender: check('gender', (t) => parseEnumCell(t, GENDERS, GENDER_WORDS)),
    notes: text('notes'),
  };
  const tags = check('tags', (t): CellResult<string[]> => {
    const names = splitTags(t);
    if (names.some((n) => n.length > 30)) return { ok: false, message: 'validation.tooLong' };
    if (names.length > 50) return { ok: false, message: 'validation.tooMany' };
    return { ok: true, value: names };
  });
  const contactPhone = check('contactPhone', parsePhoneCell);
  const contactEmail = email('contactEmail');
  const contactName = text('contactName');
  const contactTitle = text('contactTitle');
  const wechat = text('contactWechat');
  const anyContact = contactName ?? contactTitle ?? contactPhone ?? contactEmail ?? wechat;
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    row: {
      customer,
      tags: tags ?? [],
      contact: anyContact
        ? {
            name: contactName ?? customer.name.slice(0, 100),
            title: contactTitle,
            phone: contactPhone ? contactPhone.display : null,
            phone_norm: contactPhone ? contactPhone.normalized : null,
            email: contactEmail,
            wechat,
          }
        : null,
    },
  };
}
