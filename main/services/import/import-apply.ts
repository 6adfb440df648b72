import type BetterSqlite3 from 'better-sqlite3';
import type { DuplicatePolicy, ImportMapping } from '../../../shared/domain/import';
import { newId } from '../../../db/ids';
import {
  prepareCustomerInsert,
  type BulkCustomerRow,
} from '../../../db/repositories/customers-bulk.repository';
import {
  prepareImportStatements,
  type UpdatableCustomerColumn,
} from '../../../db/repositories/import-customers.repository';
import { pinyinKeys } from '../pinyin-keys';
import type { ImportRow } from './row-validate';

export type ApplyOutcome = 'created' | 'updated' | 'skipped';

// Which customer columns a mapped field may change when updating an existing customer.
const COLUMNS_BY_FIELD: Record<string, UpdatableCustomerColumn[]> = {
  name: ['name', 'name_pinyin', 'name_initials'],
  firstName: ['name', 'name_pinyin', 'name_initials'],
  lastName: ['name', 'name_pinyin', 'name_initials'],
  phone: ['phone', 'phone_norm'],
  email: ['email', 'email_norm'],
};

function updateColumns(mapping: ImportMapping): UpdatableCustomerColumn[] {
  const set = new Set<UpdatableCustomerColumn>();
  for (const field of mapping) {
    if (!field || field === 'tags' || field.startsWith('contact')) continue;
    const columns = COLUMNS_BY_FIELD[field] ?? [field as UpdatableCustomerColumn];
    for (const c of columns) set.add(c);
  }
  return [...set];
}

/**
 * Writes validated rows on the import's connection. Duplicates are looked up in the database
 * itself (indexed phone_norm / email_norm / name_pinyin), inside the import's transaction, so
 * rows created earlier in the same file are found too without holding a million keys in memory.
 */
export function createRowApplier(
  raw: BetterSqlite3.Database,
  mapping: ImportMapping,
  policy: DuplicatePolicy,
  now: string,
): (row: ImportRow) => ApplyOutcome {
  const insert = prepareCustomerInsert(raw);
  const st = prepareImportStatements(raw, updateColumns(mapping));

  const findExisting = (row: ImportRow, pinyin: string): string | undefined => {
    const c = row.customer;
    return (
      (c.phone_norm ? st.findByPhone(c.phone_norm) : undefined) ??
      (c.email_norm ? st.findByEmail(c.email_norm) : undefined) ??
      st.findByNameCompany(pinyin, c.name, c.company)
    );
  };

  const writeRelated = (customerId: string, row: ImportRow, isNew: boolean): void => {
    for (const tag of row.tags) st.linkTag(customerId, st.tagId(tag, newId, now), now);
    const contact = row.contact;
    if (!contact) return;
    const base = {
      customer_id: customerId,
      name: contact.name,
      name_pinyin: pinyinKeys(contact.name, true).full,
      title: contact.title,
      phone: contact.phone,
      phone_norm: contact.phone_norm,
      email: contact.email,
      wechat: contact.wechat,
      now,
    };
    const existing = isNew ? undefined : st.primaryContactId(customerId);
    if (existing) st.updateContact({ ...base, id: existing });
    else st.insertContact({ ...base, id: newId() });
  };

  return (row) => {
    const c = row.customer;
    const keys = pinyinKeys(c.name, c.kind === 'person');
    if (policy !== 'create') {
      const existing = findExisting(row, keys.full);
      if (existing) {
        if (policy === 'skip') return 'skipped';
        st.updateCustomer(
          existing,
          { ...c, name_pinyin: keys.full, name_initials: keys.initials },
          now,
        );
        writeRelated(existing, row, false);
        return 'updated';
      }
    }
    const id = newId();
    const full: BulkCustomerRow = {
      id,
      ...c,
      name_pinyin: keys.full,
      name_initials: keys.initials,
      custom: '{}',
      last_contact_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
    insert(full);
    writeRelated(id, row, true);
    return 'created';
  };
}
