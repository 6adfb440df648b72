import { describe, expect, it } from 'vitest';
import { lookupPlace, normalizePlaceName } from '../../main/services/visits/gazetteer';

describe('offline gazetteer', () => {
  it('normalises administrative suffixes but never below two characters', () => {
    expect(normalizePlaceName('成都市')).toBe('成都');
    expect(normalizePlaceName('朝阳区')).toBe('朝阳');
    expect(normalizePlaceName('内蒙古自治区')).toBe('内蒙古');
    expect(normalizePlaceName('广西壮族自治区')).toBe('广西');
    expect(normalizePlaceName('和县')).toBe('和县');
  });

  it('finds districts, cities and provinces with or without suffixes', () => {
    const wuhou = lookupPlace('四川省', '成都市', '武侯区');
    expect(wuhou).toMatchObject({ level: 'district' });
    expect(wuhou?.lat).toBeCloseTo(30.64, 1);
    expect(lookupPlace('四川', '成都', '武侯')).toEqual(wuhou);
    const chengdu = lookupPlace(null, '成都', null);
    expect(chengdu?.level).toBe('city');
    expect(chengdu?.lng).toBeCloseTo(104.07, 1);
    expect(lookupPlace('广东省', null, null)).toMatchObject({ level: 'province' });
  });

  it('resolves a municipality district given as the district or as the city', () => {
    const chaoyang = lookupPlace('北京市', '北京市', '朝阳区');
    expect(chaoyang?.level).toBe('district');
    expect(chaoyang?.lat).toBeCloseTo(39.92, 1);
    expect(lookupPlace('北京', '朝阳区', null)).toEqual(chaoyang);
    // Liaoning's 朝阳 is a city, far from Beijing's district of the same name.
    expect(lookupPlace('辽宁', '朝阳', null)?.lng).toBeCloseTo(120.45, 0);
    expect(lookupPlace('上海', null, '浦东新区')).toMatchObject({ level: 'city' });
  });

  it('returns null for unknown places', () => {
    expect(lookupPlace(null, null, null)).toBeNull();
    expect(lookupPlace('火星', '奥林匹斯', null)).toBeNull();
  });
});
