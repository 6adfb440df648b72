import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { guardFormula } from './formula-guard';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// What the formula guard or the quoting could change: a leading quote, trigger or white space,
// a trailing white space, or a quote, comma or line break anywhere. Most cells match none of it
// and are written as they are after this single test.
const MAY_CHANGE = /^['=+\-@＝＋－＠\s]|[",\r\n]|\s$/;

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

/** A text cell through the formula guard and then quoting: csvField(guardFormula(value)). */
export function csvGuardedField(value: string, nullAware = false): string {
  if (value === '') return nullAware ? '""' : '';
  return MAY_CHANGE.test(value) ? csvField(guardFormula(value)) : value;
}

export function csvLine(values: readonly (string | null)[], nullAware = false): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += csvField(values[i] ?? null, nullAware);
  }
  return `${line}\r\n`;
}

// Lines are encoded straight into one reused buffer and handed on when it is nearly full. No
// long string builds up: one would keep every cell of thousands of rows alive into the old
// generation, and at a million rows that garbage cost seconds.
const BUFFER_BYTES = 1 << 22;

/** Buffered CSV output (CRLF rows, optional UTF-8 BOM and running sha256); see the two below. */
abstract class CsvBufferedWriter {
  private buffer: Buffer | null = null;
  private used = 0;
  private readonly hash: Hash | null;
  private readonly nullAware: boolean;
  bytes = 0;
  rows = 0;

  constructor(options: { bom?: boolean; sha256?: boolean; nullAware?: boolean }) {
    this.hash = options.sha256 ? createHash('sha256') : null;
    this.nullAware = options.nullAware ?? false;
  }

  /** Takes the bytes; they are only valid during the call (the buffer is reused). */
  protected abstract emit(bytes: Buffer): void;

  writeRow(values: readonly (string | null)[]): void {
    this.writeLine(csvLine(values, this.nullAware));
  }

  /** One record already in CSV form, CRLF included. */
  writeLine(line: string): void {
    this.rows++;
    this.writeText(line);
  }

  protected writeText(text: string): void {
    // A UTF-16 code unit is at most 3 UTF-8 bytes.
    const most = text.length * 3;
    if (this.used + most > BUFFER_BYTES) this.flush();
    if (most > BUFFER_BYTES) {
      this.pass(Buffer.from(text, 'utf8'));
      return;
    }
    this.buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
    this.used += this.buffer.write(text, this.used, BUFFER_BYTES - this.used, 'utf8');
  }

  private pass(bytes: Buffer): void {
    this.hash?.update(bytes);
    this.bytes += bytes.length;
    this.emit(bytes);
  }

  flush(): void {
    if (this.used === 0 || !this.buffer) return;
    this.pass(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Flushes; answers the sha256 (hex) when asked for at construction. */
  protected finish(): string | null {
    this.flush();
    return this.hash ? this.hash.digest('hex') : null;
  }
}

/** A synchronous CSV file writer. */
export class CsvFileWriter extends CsvBufferedWriter {
  private fd: number;

  constructor(
    readonly path: string,
    options: { bom?: boolean; sha256?: boolean; nullAware?: boolean } = {},
  ) {
    super(options);
    this.fd = openSync(path, 'w');
    if (options.bom) this.writeText('\uFEFF');
  }

  protected emit(bytes: Buffer): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
  }

  /** Flushes and closes; answers the sha256 (hex) when asked for at construction. */
  close(): string | null {
    const sha256 = this.finish();
    closeSync(this.fd);
    return sha256;
  }
}

/** CSV into a stream (a zip entry), with back-pressure: await `ready()` between rows. */
export class CsvStreamWriter extends CsvBufferedWriter {
  private full = false;

  constructor(
    private readonly stream: Writable,
    options: { sha256?: boolean; nullAware?: boolean } = {},
  ) {
    super(options);
  }

  protected emit(bytes: Buffer): void {
    if (!this.stream.write(Buffer.from(bytes))) this.full = true;
  }

  /** True when the stream asked to pause: await `ready()` before more rows. */
  get blocked(): boolean {
    return this.full;
  }

  async ready(): Promise<void> {
    if (!this.full) return;
    await once(this.stream, 'drain');
    this.full = false;
  }

  /** Flushes and ends the stream; answers the sha256 (hex) when asked for at construction. */
  end(): string | null {
    const sha256 = this.finish();
    this.stream.end();
    return sha256;
  }
}
