import { GAZETTEER_DATA } from './gazetteer-data';

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface GazetteerHit extends GeoPoint {
  /** How precise the point is: a district seat, a city seat or a provincial capital. */
  level: 'district' | 'city' | 'province';
}

interface Place extends GeoPoint {
  name: string;
}
interface City extends Place {
  districts: Place[];
}
interface Province extends Place {
  cities: City[];
}

// Longest first, so 广西壮族自治区 loses 壮族自治区 rather than 区.
const SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '盟',
  '旗',
];

/** 成都市 -> 成都, 朝阳区 -> 朝阳, 内蒙古自治区 -> 内蒙古; never below two characters (和县). */
export function normalizePlaceName(name: string): string {
  const n = name.trim().replace(/\s+/g, '');
  for (const suffix of SUFFIXES) {
    if (n.endsWith(suffix) && n.length - suffix.length >= 2) return n.slice(0, -suffix.length);
  }
  return n;
}

function parsePlace(entry: string): Place | null {
  const [name, lng, lat] = entry.split(',');
  if (name === undefined || lng === undefined || lat === undefined) return null;
  return { name: normalizePlaceName(name), lng: Number(lng), lat: Number(lat) };
}

let provinces: Province[] | null = null;

// Parsed on first use (~3k entries, a few ms) so app start does not pay for it.
function load(): Province[] {
  if (provinces) return provinces;
  const out: Province[] = [];
  for (const line of GAZETTEER_DATA.split('\n')) {
    if (line.startsWith('#')) {
      const p = parsePlace(line.slice(1));
      if (p) out.push({ ...p, cities: [] });
      continue;
    }
    const [head, ...rest] = line.split(';');
    const city = head ? parsePlace(head) : null;
    const province = out[out.length - 1];
    if (!city || !province) continue;
    const districts = rest.map(parsePlace).filter((d): d is Place => d !== null);
    province.cities.push({ ...city, districts });
  }
  provinces = out;
  return out;
}

/** Exact normalised name first, then a prefix either way (凉山州 ~ 凉山彝族自治州). */
function find<T extends Place>(items: readonly T[], name: string | null | undefined): T | null {
  if (!name || !name.trim()) return null;
  const n = normalizePlaceName(name);
  const exact = items.find((i) => i.name === n);
  if (exact) return exact;
  if (n.length < 2) return null;
  return items.find((i) => i.name.startsWith(n) || n.startsWith(i.name)) ?? null;
}

function point(p: Place, level: GazetteerHit['level']): GazetteerHit {
  return { lat: p.lat, lng: p.lng, level };
}

/**
 * The most precise known point for a (province, city, district) as customers store them,
 * tolerant of suffixes and of a missing level: a city alone, or a municipality's district
 * given as its city (北京 / 朝阳区).
 */
export function lookupPlace(
  province: string | null | undefined,
  city: string | null | undefined,
  district: string | null | undefined,
): GazetteerHit | null {
  const all = load();
  const p = find(all, province);
  const pool = p ? p.cities : all.flatMap((x) => x.cities);
  let c = find(pool, city);
  if (!c && p && city) {
    // A municipality's district stored as the city (北京 / 朝阳区).
    const asDistrict = find(
      p.cities.flatMap((x) => x.districts),
      city,
    );
    if (asDistrict) return point(asDistrict, 'district');
  }
  // Municipalities have one city entry named after the province.
  if (!c && p && p.cities.length === 1) c = p.cities[0] ?? null;
  if (c) {
    const d = find(c.districts, district);
    if (d) return point(d, 'district');
    return point(c, 'city');
  }
  if (p && district) {
    const d = find(
      p.cities.flatMap((x) => x.districts),
      district,
    );
    if (d) return point(d, 'district');
  }
  return p ? point(p, 'province') : null;
}
