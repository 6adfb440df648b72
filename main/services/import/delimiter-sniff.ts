import { DELIMITERS, type Delimiter } from '../../../shared/domain/import';
import { CsvReader, isRecordError } from './csv-reader';

/**
 * Picks the delimiter that splits the sample's records into the most consistent number of
 * fields (more than one). Quotes are honoured, so commas inside quoted Chinese addresses do
 * not mislead it. Ties go to the earlier candidate: comma, semicolon, tab, pipe.
 */
export function sniffDelimiter(sample: string): Delimiter {
  const lines = sample.split(/\r\n|\r|\n/).slice(0, 200);
  // The last line of a sample may be cut mid-record.
  const text = lines.length > 1 ? lines.slice(0, -1).join('\n') : sample;
  let best: { delimiter: Delimiter; score: number; width: number } = {
    delimiter: ',',
    score: -1,
    width: 0,
  };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    let errors = 0;
    const reader = new CsvReader(delimiter, (item) => {
      if (isRecordError(item)) errors++;
      else counts.set(item.fields.length, (counts.get(item.fields.length) ?? 0) + 1);
    });
    reader.push(text);
    reader.end();
    let width = 0;
    let agree = 0;
    for (const [w, n] of counts) {
      if (n > agree || (n === agree && w > width)) {
        width = w;
        agree = n;
      }
    }
    const score = width > 1 ? agree - errors : -1;
    if (score > best.score || (score === best.score && score >= 0 && width > best.width)) {
      best = { delimiter, score, width };
    }
  }
  return best.delimiter;
}
