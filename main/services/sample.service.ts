import { normalizePhone } from '../../shared/domain/phone';
import { newId } from '../../db/ids';
import { prepareCustomerInsert } from '../../db/repositories/customers-bulk.repository';
import { createSampleGenerator, createRandom } from '../sample/sample-generator';
import { INTERACTION_SUMMARIES, TAGS } from '../sample/sample-data';
import { pinyinKeys } from './pinyin-keys';
import type { ServiceDeps } from './service-deps';
import { INTERACTION_TYPES, type InteractionType } from '../../shared/domain/enums';

export interface SampleOptions {
  count: number;
  /** Contacts and a short timeline per customer; off for benchmark-sized loads. */
  withRelated?: boolean;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

const DAY = 86_400_000;

function isInteractionType(value: string): value is InteractionType {
  return (INTERACTION_TYPES as readonly string[]).includes(value);
}

/** Inserts realistic Chinese sample customers in one transaction (all or nothing). */
export function loadSampleData(deps: ServiceDeps, options: SampleOptions): { created: number } {
  const raw = deps.db.raw;
  const next = createSampleGenerator(options.seed ?? 20261123 + options.count);
  const rnd = createRandom(options.seed ?? 7);
  const nowMs = deps.clock.now().getTime();
  const withRelated = options.withRelated ?? options.count <= 5000;
  const insertCustomer = prepareCustomerInsert(raw);
  const insertTag = raw.prepare(
    `INSERT INTO tags (id, name, color, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)
     ON CONFLICT (name) DO NOTHING`,
  );
  const tagIdByName = raw.prepare(`SELECT id FROM tags WHERE name = ?`).pluck();
  const insertCustomerTag = raw.prepare(
    `INSERT OR IGNORE INTO customer_tags (customer_id, tag_id, created_at) VALUES (?, ?, ?)`,
  );
  const insertContact = raw.prepare(
    `INSERT INTO contacts (id, customer_id, name, name_pinyin, title, phone, phone_norm, email, wechat,
       is_primary, birthday, notes, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, 1, NULL, NULL, ?, ?, NULL)`,
  );
  const insertInteraction = raw.prepare(
    `INSERT INTO interactions (id, customer_id, contact_id, type, occurred_at, summary, outcome,
       next_step, visit_id, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL)`,
  );

  const run = raw.transaction(() => {
    const now = new Date(nowMs).toISOString();
    const tagIds = new Map<string, string>();
    for (const name of TAGS) {
      insertTag.run(newId(), name, now, now);
      tagIds.set(name, String(tagIdByName.get(name)));
    }
    for (let i = 0; i < options.count; i++) {
      const s = next(i);
      const id = newId();
      const created = new Date(nowMs - Math.floor(rnd() * 730 * DAY)).toISOString();
      const updated = new Date(
        Date.parse(created) + Math.floor(rnd() * (nowMs - Date.parse(created))),
      ).toISOString();
      const keys = pinyinKeys(s.name, s.kind === 'person');
      let lastContact: string | null = null;
      const interactions: [InteractionType, string, string | null, string][] = [];
      if (withRelated) {
        const n = Math.floor(rnd() * 4);
        for (let k = 0; k < n; k++) {
          const [type, summary, outcome] = INTERACTION_SUMMARIES[
            Math.floor(rnd() * INTERACTION_SUMMARIES.length)
          ] ?? ['note', '', null];
          const at = new Date(nowMs - Math.floor(rnd() * 90 * DAY)).toISOString();
          if (isInteractionType(type)) interactions.push([type, summary, outcome, at]);
          if (!lastContact || at > lastContact) lastContact = at;
        }
      }
      insertCustomer({
        id,
        kind: s.kind,
        name: s.name,
        name_pinyin: keys.full,
        name_initials: keys.initials,
        phone: s.phone,
        phone_norm: normalizePhone(s.phone),
        email: s.email,
        email_norm: s.email,
        company: s.company,
        title: s.title,
        industry: s.industry,
        size: s.size,
        source: s.source,
        stage: s.stage,
        tier: s.tier,
        owner: s.owner,
        province: s.province,
        city: s.city,
        district: s.district,
        address: s.address,
        lat: s.lat,
        lng: s.lng,
        birthday: null,
        gender: null,
        notes: null,
        custom: '{}',
        last_contact_at: lastContact,
        created_at: created,
        updated_at: updated,
        deleted_at: null,
      });
      for (const tag of s.tags) insertCustomerTag.run(id, tagIds.get(tag), created);
      if (withRelated) {
        const contactId = newId();
        insertContact.run(
          contactId,
          id,
          s.contactName,
          pinyinKeys(s.contactName, true).full,
          s.contactTitle,
          s.contactPhone,
          normalizePhone(s.contactPhone),
          created,
          created,
        );
        for (const [type, summary, outcome, at] of interactions) {
          insertInteraction.run(newId(), id, contactId, type, at, summary, outcome, at, at);
        }
      }
      if (options.onProgress && (i + 1) % 10_000 === 0) options.onProgress(i + 1, options.count);
    }
  });
  // Benchmark-sized loads touch every index page many times; a page cache that holds them
  // avoids spilling half-written pages to the WAL over and over (~4x faster at 1M rows).
  const previousCache = raw.pragma('cache_size', { simple: true }) as number;
  if (options.count > 50_000) raw.pragma('cache_size = -1048576');
  try {
    run.immediate();
  } finally {
    raw.pragma(`cache_size = ${previousCache}`);
  }
  deps.emit('data.changed', { domain: 'customers' });
  return { created: options.count };
}
