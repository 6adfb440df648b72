import { checkPhone } from '../../../shared/domain/phone';
import { isCalendarDate } from '../../../shared/domain/dates';
import type { DateOrder } from '../../../shared/domain/import';

// Cell-level parsing for the import: what Excel and Chinese spreadsheets really write.
// Each function answers the value or an i18n key (validation.*) naming the problem.

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

/** Excel turned a long number into 1.38001E+10: the digits are gone, so never guess them. */
export function parsePhoneCell(raw: string): CellResult<{ display: string; normalized: string }> {
  const text = raw.trim();
  if (SCIENTIFIC.test(text)) return { ok: false, message: 'validation.phoneScientific' };
  if (text.length > 40) return { ok: false, message: 'validation.tooLong' };
  const result = checkPhone(text);
  if (!result.ok) {
    return {
      ok: false,
      message: result.reason === 'letters' ? 'validation.phoneLetters' : 'validation.phoneInvalid',
    };
  }
  // Stored as written (like the customer form), matched by its E.164 form.
  return { ok: true, value: { display: text, normalized: result.normalized } };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function ymd(y: number, m: number, d: number): string | null {
  const text = `${y}-${pad(m)}-${pad(d)}`;
  return isCalendarDate(text) ? text : null;
}

// Excel's day 1 is 1900-01-01 and it counts a 1900-02-29 that never was, so serials from 61 on
// are one day ahead; 25569 is 1970-01-01. Only plausible serials (1927..2119) are taken.
function fromExcelSerial(serial: number): string | null {
  if (serial < 10_000 || serial > 80_000) return null;
  const date = new Date((serial - 25_569) * 86_400_000);
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/**
 * 2024-01-31, 2024/1/31, 2024.1.31, 2024年1月31日, an Excel serial (45322), or a day-first /
 * month-first date (31/01/2024, 01/31/2024) read in the order the user chose in the wizard.
 */
export function parseDateCell(raw: string, order: DateOrder): CellResult<string> {
  const text = raw
    .trim()
    .replace(FULL_WIDTH_DIGIT, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(text);
  if (m) {
    const value = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    return value ? { ok: true, value } : { ok: false, message: 'validation.date' };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T].*)?$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const value = order === 'mdy' ? ymd(y, a, b) : ymd(y, b, a);
    return value ? { ok: true, value } : { ok: false, message: 'validation.date' };
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const value = fromExcelSerial(Math.floor(Number(text)));
    if (value) return { ok: true, value };
  }
  return { ok: false, message: 'validation.date' };
}

export function parseNumberCell(raw: string, min: number, max: number): CellResult<number> {
  const text = raw.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) return { ok: false, message: 'validation.number' };
  if (value < min || value > max) return { ok: false, message: 'validation.range' };
  return { ok: true, value };
}

/** Enum cells accept the stable key or a common Chinese / English word for it. */
export function parseEnumCell<T extends string>(
  raw: string,
  values: readonly T[],
  words: Record<string, T>,
): CellResult<T> {
  const text = raw.trim();
  const lower = text.toLowerCase();
  const direct = values.find((v) => v === lower);
  if (direct) return { ok: true, value: direct };
  const word = words[text] ?? words[lower];
  return word ? { ok: true, value: word } : { ok: false, message: 'validation.choice' };
}

/** Tags in one cell: 、，,；;| separate them (a comma-separated file quotes such a cell). */
export function splitTags(raw: string): string[] {
  return raw
    .split(/[、，,；;|]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
