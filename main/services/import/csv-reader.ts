// A streaming RFC 4180 reader, hand-written rather than csv-parse because the import needs three
// things csv-parse does not give together: synchronous use inside one SQLite transaction, the
// physical line where each record starts, and recovery from a stray or unclosed quote that
// rejects only that record and goes on with the next line. It also tells an empty quoted field
// ("" -> '') from a bare empty one (-> null), which backups use to keep NULL apart from ''.

export interface CsvRecord {
  line: number;
  fields: (string | null)[];
}
export interface CsvRecordError {
  line: number;
  error: 'strayQuote' | 'unclosedQuote';
  /** The record's text as read (its first line for an unclosed quote), for the rejects file. */
  raw: string;
}
export type CsvItem = CsvRecord | CsvRecordError;

const QUOTE = 34;
const LINE_BREAK = /\r\n|\r|\n/g;

type Parsed = (string | null)[] | 'open' | 'stray';

/** Parses one record's text; 'open' when a quoted field runs past the end. */
function parseRecord(text: string, delim: string): Parsed {
  const fields: (string | null)[] = [];
  const n = text.length;
  const dl = delim.length;
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      i++;
      for (;;) {
        const j = text.indexOf('"', i);
        if (j < 0) return 'open';
        value += text.slice(i, j);
        if (text.charCodeAt(j + 1) === QUOTE) {
          value += '"';
          i = j + 2;
          continue;
        }
        i = j + 1;
        break;
      }
      fields.push(value);
      if (i >= n) return fields;
      if (!text.startsWith(delim, i)) return 'stray';
      i += dl;
    } else {
      const j = text.indexOf(delim, i);
      const end = j < 0 ? n : j;
      const value = text.slice(i, end);
      if (value.includes('"')) return 'stray';
      fields.push(value === '' ? null : value);
      if (j < 0) return fields;
      i = j + dl;
    }
  }
}

export class CsvReader {
  private pending = '';
  private lineNo = 0;
  private openLines: string[] = [];
  private openTerms: string[] = [];
  private openStart = 0;

  constructor(
    private readonly delimiter: string,
    private readonly sink: (item: CsvItem) => void,
    /** A quoted field longer than this many lines is taken for a stray opening quote. */
    private readonly maxRecordLines = 5000,
  ) {}

  push(text: string): void {
    const s = this.pending.length > 0 ? this.pending + text : text;
    LINE_BREAK.lastIndex = 0;
    let start = 0;
    for (;;) {
      const m = LINE_BREAK.exec(s);
      if (!m) break;
      // A CR at the very end may be the first half of CRLF: wait for the next chunk.
      if (m[0] === '\r' && m.index === s.length - 1) break;
      this.line(s.slice(start, m.index), m[0]);
      start = m.index + m[0].length;
    }
    this.pending = s.slice(start);
  }

  end(): void {
    const rest = this.pending;
    this.pending = '';
    if (rest.length > 0) {
      const cr = rest.endsWith('\r');
      this.line(cr ? rest.slice(0, -1) : rest, cr ? '\r' : '');
    }
    while (this.openLines.length > 0) this.recover();
  }

  /** Physical lines consumed so far. */
  get lines(): number {
    return this.lineNo;
  }

  private line(text: string, term: string): void {
    this.lineNo++;
    if (this.openLines.length === 0) {
      if (text.length === 0) return;
      if (!text.includes('"')) {
        const fields: (string | null)[] = text.split(this.delimiter);
        for (let k = 0; k < fields.length; k++) if (fields[k] === '') fields[k] = null;
        this.sink({ line: this.lineNo, fields });
        return;
      }
      this.openStart = this.lineNo;
    }
    this.openLines.push(text);
    this.openTerms.push(term);
    let joined = this.openLines[0] ?? '';
    for (let k = 1; k < this.openLines.length; k++) {
      joined += (this.openTerms[k - 1] ?? '') + (this.openLines[k] ?? '');
    }
    const parsed = parseRecord(joined, this.delimiter);
    if (parsed === 'open') {
      if (this.openLines.length >= this.maxRecordLines) this.recover();
      return;
    }
    const line = this.openStart;
    this.openLines = [];
    this.openTerms = [];
    this.sink(
      parsed === 'stray' ? { line, error: 'strayQuote', raw: joined } : { line, fields: parsed },
    );
  }

  /** An unclosed quote: reject the record where it began and re-read the lines after it. */
  private recover(): void {
    const lines = this.openLines;
    const terms = this.openTerms;
    const line = this.openStart;
    this.openLines = [];
    this.openTerms = [];
    this.sink({ line, error: 'unclosedQuote', raw: lines[0] ?? '' });
    this.lineNo = line;
    for (let k = 1; k < lines.length; k++) this.line(lines[k] ?? '', terms[k] ?? '');
  }
}

export function isRecordError(item: CsvItem): item is CsvRecordError {
  return 'error' in item;
}
