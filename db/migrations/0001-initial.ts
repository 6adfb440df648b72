import { sql, type Kysely } from 'kysely';

// Migrations are history: they never import app code and never change once released.

const TIER_RANK = `(CASE tier WHEN 'vip' THEN 0 WHEN 'important' THEN 1 WHEN 'ordinary' THEN 2 ELSE 3 END)`;
const STAGE_RANK = `(CASE stage WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1 WHEN 'active' THEN 2 WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END)`;

const statements = [
  `CREATE TABLE customers (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_pinyin TEXT NOT NULL,
    name_initials TEXT NOT NULL,
    phone TEXT,
    phone_norm TEXT,
    email TEXT,
    email_norm TEXT,
    company TEXT,
    title TEXT,
    industry TEXT,
    size TEXT CHECK (size IN ('micro', 'small', 'medium', 'large', 'enterprise')),
    source TEXT,
    stage TEXT NOT NULL CHECK (stage IN ('lead', 'prospect', 'active', 'loyal', 'dormant', 'lost')),
    tier TEXT NOT NULL CHECK (tier IN ('vip', 'important', 'ordinary', 'potential')),
    owner TEXT,
    province TEXT,
    city TEXT,
    district TEXT,
    address TEXT,
    lat REAL CHECK (lat BETWEEN -90 AND 90),
    lng REAL CHECK (lng BETWEEN -180 AND 180),
    birthday TEXT,
    gender TEXT CHECK (gender IN ('male', 'female', 'other')),
    notes TEXT,
    custom TEXT NOT NULL DEFAULT '{}',
    last_contact_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT`,
  // Sort orders used by the list, each with seq as tie-breaker for keyset paging.
  `CREATE INDEX ix_customers_name ON customers (name_pinyin, seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_tier_rank ON customers (${TIER_RANK}, seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_stage_rank ON customers (${STAGE_RANK}, seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_city_sort ON customers (ifnull(city, ''), seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_created ON customers (created_at, seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_updated ON customers (updated_at, seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_last_contact ON customers (ifnull(last_contact_at, ''), seq) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_deleted ON customers (deleted_at, seq) WHERE deleted_at IS NOT NULL`,
  // Filters: each filter column leads one index that also carries the other filter columns, so
  // any combination is counted from the index alone (no row lookups at a million customers).
  `CREATE INDEX ix_customers_tier ON customers (tier, stage, city, owner, industry) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_stage ON customers (stage, tier, city, owner, industry) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_industry ON customers (industry, tier, stage, city, owner) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_city ON customers (city, tier, stage, owner, industry) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_customers_owner ON customers (owner, tier, stage, city, industry) WHERE deleted_at IS NULL`,
  // Lookups: duplicates by phone/e-mail, pinyin prefixes (zhangwei, zw) for search.
  `CREATE INDEX ix_customers_phone_norm ON customers (phone_norm) WHERE phone_norm IS NOT NULL`,
  `CREATE INDEX ix_customers_email_norm ON customers (email_norm) WHERE email_norm IS NOT NULL`,
  `CREATE INDEX ix_customers_initials ON customers (name_initials) WHERE deleted_at IS NULL`,

  // count(*) over a million rows costs ~250 ms; the live count is kept by triggers instead.
  `CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID`,
  `INSERT INTO counters (name, value) VALUES ('customers.live', 0)`,
  `CREATE TRIGGER customers_count_ai AFTER INSERT ON customers WHEN new.deleted_at IS NULL BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'customers.live';
  END`,
  `CREATE TRIGGER customers_count_ad AFTER DELETE ON customers WHEN old.deleted_at IS NULL BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'customers.live';
  END`,
  `CREATE TRIGGER customers_count_au AFTER UPDATE OF deleted_at ON customers
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
    UPDATE counters SET value = value + (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END)
      WHERE name = 'customers.live';
  END`,

  `CREATE TABLE contacts (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_pinyin TEXT NOT NULL,
    title TEXT,
    phone TEXT,
    phone_norm TEXT,
    email TEXT,
    wechat TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    birthday TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT`,
  `CREATE INDEX ix_contacts_customer ON contacts (customer_id) WHERE deleted_at IS NULL`,
  `CREATE UNIQUE INDEX ux_contacts_primary ON contacts (customer_id) WHERE is_primary = 1 AND deleted_at IS NULL`,
  `CREATE INDEX ix_contacts_phone_norm ON contacts (phone_norm) WHERE phone_norm IS NOT NULL`,

  `CREATE TABLE tags (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE customer_tags (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX ix_customer_tags_tag ON customer_tags (tag_id, customer_id)`,

  `CREATE TABLE interactions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    type TEXT NOT NULL CHECK (type IN ('call', 'email', 'meeting', 'visit', 'chat', 'wechat', 'event', 'note')),
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    outcome TEXT,
    next_step TEXT,
    visit_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT`,
  `CREATE INDEX ix_interactions_customer ON interactions (customer_id, occurred_at) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_interactions_contact ON interactions (contact_id) WHERE contact_id IS NOT NULL`,

  `CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT, WITHOUT ROWID`,

  // Substring search of 3+ characters: trigram full-text index kept in step by triggers.
  // Pinyin is matched by prefix through B-tree indexes instead: its trigrams (zha, ang, …) are
  // so common that phrase queries over them cost ~50 ms at a million rows.
  `CREATE VIRTUAL TABLE customers_fts USING fts5 (
    name, company, phone_norm, email, address,
    content = 'customers', content_rowid = 'seq', tokenize = 'trigram', columnsize = 0
  )`,
  `CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, name, company, phone_norm, email, address)
    VALUES (new.seq, new.name, new.company, new.phone_norm, new.email, new.address);
  END`,
  `CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, company, phone_norm, email, address)
    VALUES ('delete', old.seq, old.name, old.company, old.phone_norm, old.email, old.address);
  END`,
  `CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, company, phone_norm, email, address ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, company, phone_norm, email, address)
    VALUES ('delete', old.seq, old.name, old.company, old.phone_norm, old.email, old.address);
    INSERT INTO customers_fts (rowid, name, company, phone_norm, email, address)
    VALUES (new.seq, new.name, new.company, new.phone_norm, new.email, new.address);
  END`,

  // Substring search of 1-2 characters (张, 张伟, 华为): a token per character pair of name and
  // company, computed by the app-defined function kemai_grams (db/search-grams.ts).
  `CREATE VIRTUAL TABLE customer_grams USING fts5 (
    grams, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  )`,
  `CREATE TRIGGER customer_grams_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customer_grams (rowid, grams) VALUES (new.seq, kemai_grams(new.name, new.company));
  END`,
  `CREATE TRIGGER customer_grams_ad AFTER DELETE ON customers BEGIN
    DELETE FROM customer_grams WHERE rowid = old.seq;
  END`,
  `CREATE TRIGGER customer_grams_au AFTER UPDATE OF name, company ON customers BEGIN
    DELETE FROM customer_grams WHERE rowid = old.seq;
    INSERT INTO customer_grams (rowid, grams) VALUES (new.seq, kemai_grams(new.name, new.company));
  END`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic (Kysely docs)
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
