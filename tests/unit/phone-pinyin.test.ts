import { describe, expect, it } from 'vitest';
import { checkPhone, normalizePhone, phoneQueryDigits } from '../../shared/domain/phone';
import { isCalendarDate } from '../../shared/domain/dates';
import { pinyinKeys } from '../../main/services/pinyin-keys';

describe('phone numbers', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    ['010-62345678', '+861062345678'],
    ['+1 650 253 0000', '+16502530000'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('tells letters apart from numbers that are merely invalid', () => {
    expect(checkPhone('138abc00')).toEqual({ ok: false, reason: 'letters' });
    expect(checkPhone('123')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads phone-like search queries as digits', () => {
    expect(phoneQueryDigits('138 0013')).toBe('1380013');
    expect(phoneQueryDigits('张伟')).toBeNull();
  });
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024/02/01')).toBe(false);
  });
});

describe('pinyin keys', () => {
  it('spells names in full and as initials', () => {
    expect(pinyinKeys('张伟', true)).toEqual({ full: 'zhangwei', initials: 'zw' });
    expect(pinyinKeys('北京华通科技', false)).toEqual({
      full: 'beijinghuatongkeji',
      initials: 'bjhtkj',
    });
  });

  it('uses surname readings for people', () => {
    expect(pinyinKeys('单田芳', true).full).toBe('shantianfang');
    expect(pinyinKeys('曾国藩', true).full).toBe('zengguofan');
  });

  it('keeps latin letters and digits lowercased', () => {
    expect(pinyinKeys('IBM中国', false).full).toBe('ibmzhongguo');
  });
});
