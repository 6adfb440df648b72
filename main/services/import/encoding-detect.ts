import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { ImportEncoding } from '../../../shared/domain/import';

export interface DetectedEncoding {
  encoding: ImportEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function bomOf(sample: Uint8Array): DetectedEncoding | null {
  if (UTF8_BOM.every((b, i) => sample[i] === b)) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * BOM first, then strict UTF-8, then GB18030 (what Chinese Excel's "Save as CSV" writes, with no
 * BOM). Strict UTF-8 almost never accepts GB18030 Chinese text, so the order is safe; a file
 * that is neither decodes as GB18030, which accepts nearly any bytes — hence the manual override.
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const bom = bomOf(sample);
  if (bom) return bom;
  try {
    // stream: true so a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
}

export interface TextDecoderLike {
  write: (chunk: Uint8Array) => string;
  end: () => string;
}

/** A streaming decoder; UTF-8 is strict so a wrongly chosen encoding fails instead of garbling. */
export function createDecoder(encoding: ImportEncoding): TextDecoderLike {
  if (encoding === 'gb18030') {
    const decoder = iconv.getDecoder('gb18030');
    return { write: (chunk) => decoder.write(Buffer.from(chunk)), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

export class EncodingError extends Error {
  constructor(readonly encoding: ImportEncoding) {
    super(`The file is not valid ${encoding}; choose its encoding by hand.`);
    this.name = 'EncodingError';
  }
}

export const CHUNK_BYTES = 1 << 20;

/**
 * Reads a file synchronously in 1 MiB chunks, decoded, and hands each piece of text to `onText`
 * with the bytes read so far. Synchronous on purpose: the import runs inside one SQLite
 * transaction on a worker thread, where awaiting would only add overhead.
 */
export function readTextSync(
  path: string,
  forced: ImportEncoding | undefined,
  onText: (text: string, bytesDone: number, bytesTotal: number) => boolean | void,
): DetectedEncoding {
  const fd = openSync(path, 'r');
  try {
    const total = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let done = 0;
    let detected: DetectedEncoding | null = null;
    let decoder: TextDecoderLike | null = null;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, done);
      if (n === 0) break;
      let chunk = buffer.subarray(0, n);
      if (!detected) {
        const auto = detectEncoding(chunk);
        const bom = bomOf(chunk);
        detected = forced
          ? { encoding: forced, bomLength: bom && bom.encoding === forced ? bom.bomLength : 0 }
          : auto;
        decoder = createDecoder(detected.encoding);
        chunk = chunk.subarray(detected.bomLength);
      }
      done += n;
      let text: string;
      try {
        text = (decoder as TextDecoderLike).write(chunk);
      } catch {
        throw new EncodingError(detected.encoding);
      }
      if (onText(text, done, total) === false) return detected;
    }
    if (!detected) return { encoding: forced ?? 'utf-8', bomLength: 0 };
    let tail: string;
    try {
      tail = (decoder as TextDecoderLike).end();
    } catch {
      throw new EncodingError(detected.encoding);
    }
    if (tail) onText(tail, done, total);
    return detected;
  } finally {
    closeSync(fd);
  }
}
