import type { Customer, CustomerCreate } from '../../../../shared/domain/customer';

export const CUSTOMER_FORM_FIELDS = [
  'kind',
  'name',
  'company',
  'title',
  'phone',
  'email',
  'gender',
  'birthday',
  'tier',
  'stage',
  'industry',
  'size',
  'source',
  'owner',
  'province',
  'city',
  'district',
  'address',
  'lat',
  'lng',
  'notes',
] as const;
export type CustomerFormField = (typeof CUSTOMER_FORM_FIELDS)[number];
export type CustomerFormValues = Record<CustomerFormField, string>;

export function emptyValues(): CustomerFormValues {
  const values = Object.fromEntries(CUSTOMER_FORM_FIELDS.map((f) => [f, ''])) as CustomerFormValues;
  return { ...values, kind: 'company', tier: 'ordinary', stage: 'lead' };
}

export function valuesFromCustomer(c: Customer): CustomerFormValues {
  const values = emptyValues();
  for (const field of CUSTOMER_FORM_FIELDS) {
    const v = c[field];
    values[field] = v === null || v === undefined ? '' : String(v);
  }
  return values;
}

function coordinate(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const n = Number(trimmed);
  // Not a number: pass the text through so the schema reports it on the field.
  return Number.isFinite(n) ? n : trimmed;
}

/**
 * The object the shared schemas validate. Empty strings stay '' on purpose: the schemas turn
 * them into null, so the client and the server read a cleared field the same way.
 * The cast is checked at runtime: every submit runs the shared schema before calling the API.
 */
export function valuesToInput(values: CustomerFormValues): CustomerCreate {
  const { lat, lng, ...text } = values;
  return { ...text, lat: coordinate(lat), lng: coordinate(lng) } as unknown as CustomerCreate;
}
