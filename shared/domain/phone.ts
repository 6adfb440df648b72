import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Full-width digits and plus sign (what Chinese IMEs type) become ASCII before parsing.
function toHalfWidth(input: string): string {
  return input.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\u3000]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return ' ';
    return String.fromCharCode(code - 0xfee0);
  });
}

const ALLOWED = /^[0-9+\-\s().]+$/;

export type PhoneCheck =
  { ok: true; display: string; normalized: string } | { ok: false; reason: 'letters' | 'invalid' };

/**
 * Validates a phone number as typed and returns its E.164 form for matching.
 * Default region CN: 13800138000 -> +8613800138000; landlines with area code are accepted.
 */
export function checkPhone(raw: string, defaultRegion: 'CN' = 'CN'): PhoneCheck {
  const text = toHalfWidth(raw).trim();
  if (!ALLOWED.test(text)) return { ok: false, reason: 'letters' };
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 16) return { ok: false, reason: 'invalid' };
  const parsed = parsePhoneNumberFromString(text, defaultRegion);
  if (parsed && parsed.isPossible()) {
    return { ok: true, display: text, normalized: parsed.number };
  }
  return { ok: false, reason: 'invalid' };
}

/** The E.164 form, or null when the text is not a phone number. */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const result = checkPhone(raw);
  return result.ok ? result.normalized : null;
}

/** Digits of a search query that looks like (part of) a phone number, else null. */
export function phoneQueryDigits(query: string): string | null {
  const text = toHalfWidth(query).trim();
  if (!/^[0-9+\-\s().]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length > 0 ? digits : null;
}
