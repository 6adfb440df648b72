import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One RFC 4180 field. A field is quoted when it holds a comma, quote, CR or LF (or starts or
 * ends with white space, which some readers trim). With `nullAware` an empty string is written
 * as "" so it reads back as '' while NULL stays a bare empty field (see csv-reader.ts).
 */
export function csvField(value: string | null, nullAware = false): string {
  if (value === null) return '';
  if (value === '') return nullAware ? '""' : '';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly (string | null)[], nullAware = false): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += csvField(values[i] ?? null, nullAware);
  }
  return `${line}\r\n`;
}

const FLUSH_AT = 1 << 20;

/** A buffered, synchronous CSV file writer (CRLF rows, optional UTF-8 BOM and running sha256). */
export class CsvFileWriter {
  private fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  private hash: Hash | null;
  bytes = 0;
  rows = 0;

  constructor(
    readonly path: string,
    options: { bom?: boolean; sha256?: boolean; nullAware?: boolean } = {},
  ) {
    this.fd = openSync(path, 'w');
    this.hash = options.sha256 ? createHash('sha256') : null;
    this.nullAware = options.nullAware ?? false;
    if (options.bom) this.writeRaw('\uFEFF');
  }

  private readonly nullAware: boolean;

  writeRow(values: readonly (string | null)[]): void {
    const line = csvLine(values, this.nullAware);
    this.buffer.push(line);
    this.buffered += line.length;
    this.rows++;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  private writeRaw(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.hash?.update(bytes);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
    this.bytes += bytes.length;
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    this.writeRaw(this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }

  /** Flushes and closes; answers the sha256 (hex) when asked for at construction. */
  close(): string | null {
    this.flush();
    closeSync(this.fd);
    return this.hash ? this.hash.digest('hex') : null;
  }
}
