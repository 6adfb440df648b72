import {
  STAGES,
  TIERS,
  LEAD_SOURCES,
  COMPANY_SIZES,
  type Stage,
  type Tier,
} from '../../shared/domain/enums';
import {
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  GIVEN_CHARS,
  INDUSTRIES,
  OWNERS,
  PLACES,
  STREETS,
  SURNAMES,
  TAGS,
  TITLES,
} from './sample-data';

/** Small fast seeded PRNG (mulberry32): the same seed gives the same customers. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleCustomer {
  kind: 'company' | 'person';
  name: string;
  phone: string;
  email: string | null;
  company: string | null;
  title: string | null;
  industry: string;
  size: (typeof COMPANY_SIZES)[number];
  source: (typeof LEAD_SOURCES)[number];
  stage: Stage;
  tier: Tier;
  owner: string;
  province: string;
  city: string;
  district: string;
  address: string;
  lat: number;
  lng: number;
  tags: string[];
  contactName: string;
  contactTitle: string;
  contactPhone: string;
}

const SURNAME_TOTAL = SURNAMES.reduce((sum, s) => sum + s[2], 0);
const GIVEN = [...GIVEN_CHARS];
const PHONE_PREFIXES = [
  '130',
  '131',
  '135',
  '136',
  '138',
  '139',
  '150',
  '151',
  '158',
  '176',
  '177',
  '180',
  '186',
  '188',
  '189',
  '199',
];

export function createSampleGenerator(seed = 20261123) {
  const rnd = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const weighted = <T>(list: readonly T[], weights: readonly number[]): T => {
    let r = rnd() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < list.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return list[i] as T;
    }
    return list[list.length - 1] as T;
  };

  const surname = (): [string, string] => {
    let r = rnd() * SURNAME_TOTAL;
    for (const s of SURNAMES) {
      r -= s[2];
      if (r <= 0) return [s[0], s[1]];
    }
    return ['王', 'wang'];
  };
  const personName = (): [string, string] => {
    const [family, py] = surname();
    const given = pick(GIVEN) + (rnd() < 0.7 ? pick(GIVEN) : '');
    return [family + given, py];
  };
  const phone = (): string => {
    let digits = pick(PHONE_PREFIXES);
    for (let i = 0; i < 8; i++) digits += Math.floor(rnd() * 10).toString();
    return digits;
  };

  return function next(index: number): SampleCustomer {
    const place = pick(PLACES);
    const [province, city, districts, lat, lng] = place;
    const district = pick(districts);
    const [industry, industryWord] = pick(INDUSTRIES);
    const cityShort = city.replace(/市$/, '');
    const company = `${cityShort}${pick(COMPANY_WORDS)}${industryWord}${pick(COMPANY_SUFFIXES)}`;
    const [person, pinyinSurname] = personName();
    const [contact] = personName();
    const isPerson = rnd() < 0.35;
    const tagCount = rnd() < 0.6 ? Math.floor(rnd() * 3) : 0;
    const tags = new Set<string>();
    for (let i = 0; i < tagCount; i++) tags.add(pick(TAGS));
    return {
      kind: isPerson ? 'person' : 'company',
      name: isPerson ? person : company,
      phone: phone(),
      email: rnd() < 0.6 ? `${pinyinSurname}${(index % 9000) + 100}@example.cn` : null,
      company: isPerson ? company : null,
      title: isPerson ? pick(TITLES) : null,
      industry,
      size: pick(COMPANY_SIZES),
      source: pick(LEAD_SOURCES),
      stage: weighted(STAGES, [20, 25, 30, 12, 8, 5]),
      tier: weighted(TIERS, [5, 15, 60, 20]),
      owner: pick(OWNERS),
      province,
      city,
      district,
      address: `${pick(STREETS)}${Math.floor(rnd() * 800) + 1}号`,
      lat: Math.round((lat + (rnd() - 0.5) * 0.2) * 1e5) / 1e5,
      lng: Math.round((lng + (rnd() - 0.5) * 0.2) * 1e5) / 1e5,
      tags: [...tags],
      contactName: isPerson ? person : contact,
      contactTitle: pick(TITLES),
      contactPhone: phone(),
    };
  };
}
