import type { TableColumn } from '../../../db/repositories/backup-tables.repository';
import { csvField, csvGuardedField } from '../export/csv-write';
import { guardFormula, unguardFormula } from '../export/formula-guard';

// Table cells <-> CSV text in a backup. NULL is a bare empty field and '' a quoted one
// (csv-write nullAware / csv-reader), numbers use JavaScript's shortest round-trip form, and
// text goes through the same formula guard as exports (people do open these in Excel), which
// the restore undoes exactly.

export function encodeCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return guardFormula(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return value.toString('base64');
  throw new Error(`unsupported value type ${typeof value}`);
}

/** One row as a CSV line (CRLF included): encodeCell and nullAware csvField, fused. */
export function encodeRow(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') line += csvGuardedField(v, true);
    else if (typeof v === 'number') line += String(v);
    else line += csvField(encodeCell(v), true);
  }
  return `${line}\r\n`;
}

export class BadCellError extends Error {}

export function decodeCell(text: string | null, column: TableColumn): unknown {
  if (text === null) return null;
  switch (column.type) {
    case 'INTEGER':
    case 'INT': {
      if (!/^-?\d{1,19}$/.test(text)) throw new BadCellError(`${column.name}: not an integer`);
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : BigInt(text);
    }
    case 'REAL': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) {
        throw new BadCellError(`${column.name}: not a number`);
      }
      return n;
    }
    case 'BLOB':
      return Buffer.from(text, 'base64');
    default:
      // Only a cell starting with a quote can carry the guard's quote (most do not).
      return text.charCodeAt(0) === 39 ? unguardFormula(text) : text;
  }
}
