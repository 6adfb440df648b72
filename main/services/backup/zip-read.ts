import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface OpenedZip {
  entries: Map<string, yauzl.Entry>;
  read: (entry: yauzl.Entry) => Promise<Readable>;
  close: () => void;
}

/** Opens a zip and lists its entries (yauzl validates the central directory and sizes). */
export function openZip(path: string): Promise<OpenedZip> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) {
        reject(error ?? new Error('cannot open zip'));
        return;
      }
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () =>
        resolve({
          entries,
          read: (entry) =>
            new Promise((res, rej) => {
              zip.openReadStream(entry, (err, stream) => {
                if (err || !stream) rej(err ?? new Error('cannot read entry'));
                else res(stream);
              });
            }),
          close: () => zip.close(),
        }),
      );
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export async function readEntryText(
  zip: OpenedZip,
  entry: yauzl.Entry,
  max: number,
): Promise<string> {
  if (entry.uncompressedSize > max) throw new Error(`${entry.fileName} is too large`);
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.read(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
