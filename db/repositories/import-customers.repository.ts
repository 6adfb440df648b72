import type BetterSqlite3 from 'better-sqlite3';
import { CUSTOMER_FIELD_COLUMNS } from './customers-bulk.repository';

// Prepared statements for the CSV import, on the raw connection: at a million rows the query
// builder's per-row cost would dominate. The caller owns the transaction.

export const UPDATABLE_CUSTOMER_COLUMNS = CUSTOMER_FIELD_COLUMNS;
export type UpdatableCustomerColumn = (typeof UPDATABLE_CUSTOMER_COLUMNS)[number];

export interface ImportContactRow {
  id: string;
  customer_id: string;
  name: string;
  name_pinyin: string;
  title: string | null;
  phone: string | null;
  phone_norm: string | null;
  email: string | null;
  wechat: string | null;
  now: string;
}

export interface ImportStatements {
  /** A live customer with this normalised phone, e-mail, or name + company (index-backed). */
  findByPhone: (phoneNorm: string) => string | undefined;
  findByEmail: (emailNorm: string) => string | undefined;
  findByNameCompany: (
    namePinyin: string,
    name: string,
    company: string | null,
  ) => string | undefined;
  /** Sets the given columns where the new value is not null (a blank cell keeps the old value). */
  updateCustomer: (id: string, values: Record<string, unknown>, now: string) => void;
  /** The tag's id, created with `newId()` the first time the name is seen. */
  tagId: (name: string, newId: () => string, now: string) => string;
  linkTag: (customerId: string, tagId: string, now: string) => void;
  primaryContactId: (customerId: string) => string | undefined;
  insertContact: (row: ImportContactRow) => void;
  updateContact: (row: ImportContactRow) => void;
}

export function prepareImportStatements(
  raw: BetterSqlite3.Database,
  updateColumns: readonly UpdatableCustomerColumn[],
): ImportStatements {
  const byPhone = raw
    .prepare(`SELECT id FROM customers WHERE phone_norm = ? AND deleted_at IS NULL LIMIT 1`)
    .pluck();
  const byEmail = raw
    .prepare(`SELECT id FROM customers WHERE email_norm = ? AND deleted_at IS NULL LIMIT 1`)
    .pluck();
  // name_pinyin leads the partial index ix_customers_name, so this is an index probe.
  const byNameCompany = raw
    .prepare(
      `SELECT id FROM customers WHERE name_pinyin = ? AND deleted_at IS NULL AND name = ?
         AND company IS ? LIMIT 1`,
    )
    .pluck();
  const sets = updateColumns.map((c) => `${c} = coalesce(@${c}, ${c})`);
  const update =
    sets.length > 0
      ? raw.prepare(`UPDATE customers SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`)
      : raw.prepare(`UPDATE customers SET updated_at = @now WHERE id = @id`);
  const insertTag = raw.prepare(
    `INSERT INTO tags (id, name, color, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)
     ON CONFLICT (name) DO NOTHING`,
  );
  const findTag = raw.prepare(`SELECT id FROM tags WHERE name = ?`).pluck();
  const link = raw.prepare(
    `INSERT OR IGNORE INTO customer_tags (customer_id, tag_id, created_at) VALUES (?, ?, ?)`,
  );
  const primary = raw
    .prepare(
      `SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1 AND deleted_at IS NULL`,
    )
    .pluck();
  const insertContact = raw.prepare(
    `INSERT INTO contacts (id, customer_id, name, name_pinyin, title, phone, phone_norm, email,
       wechat, is_primary, birthday, notes, created_at, updated_at, deleted_at)
     VALUES (@id, @customer_id, @name, @name_pinyin, @title, @phone, @phone_norm, @email, @wechat,
       1, NULL, NULL, @now, @now, NULL)`,
  );
  const updateContact = raw.prepare(
    `UPDATE contacts SET name = @name, name_pinyin = @name_pinyin, title = coalesce(@title, title),
       phone = coalesce(@phone, phone), phone_norm = coalesce(@phone_norm, phone_norm),
       email = coalesce(@email, email), wechat = coalesce(@wechat, wechat), updated_at = @now
     WHERE id = @id`,
  );
  const tagCache = new Map<string, string>();
  return {
    findByPhone: (p) => byPhone.get(p) as string | undefined,
    findByEmail: (e) => byEmail.get(e) as string | undefined,
    findByNameCompany: (py, name, company) =>
      byNameCompany.get(py, name, company) as string | undefined,
    updateCustomer: (id, values, now) => {
      const params: Record<string, unknown> = { id, now };
      for (const c of updateColumns) params[c] = values[c] ?? null;
      update.run(params);
    },
    tagId: (name, newId, now) => {
      // Tag names are unique without case (COLLATE NOCASE): 'VIP' and 'vip' are one tag.
      const key = name.toLowerCase();
      const cached = tagCache.get(key);
      if (cached) return cached;
      insertTag.run(newId(), name, now, now);
      const id = String(findTag.get(name));
      tagCache.set(key, id);
      return id;
    },
    linkTag: (customerId, tagId, now) => {
      link.run(customerId, tagId, now);
    },
    primaryContactId: (customerId) => primary.get(customerId) as string | undefined,
    insertContact: (row) => {
      insertContact.run(row);
    },
    updateContact: (row) => {
      updateContact.run(row);
    },
  };
}
