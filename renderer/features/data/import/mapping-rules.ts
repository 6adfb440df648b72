import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
} from '../../../../shared/domain/import';

export const CONTACT_FIELDS: readonly ImportField[] = [
  'contactName',
  'contactTitle',
  'contactPhone',
  'contactEmail',
  'contactWechat',
];
export const CUSTOMER_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter(
  (f) => !CONTACT_FIELDS.includes(f),
);

export interface MappingProblems {
  /** No column gives the customer a name, so every row would be rejected. */
  needName: boolean;
  /** Fields two columns claim; which one wins would be a guess. */
  duplicates: ImportField[];
}

export function mappingProblems(mapping: ImportMapping): MappingProblems {
  const counts = new Map<ImportField, number>();
  for (const field of mapping) if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
  return {
    needName: !counts.has('name') && !counts.has('firstName') && !counts.has('lastName'),
    // Several tag columns are merged, so only tags may repeat.
    duplicates: [...counts].filter(([f, n]) => n > 1 && f !== 'tags').map(([f]) => f),
  };
}

/** The first non-empty value of a column in the preview, to show what the column holds. */
export function sampleValue(rows: { cells: string[] }[], column: number): string {
  for (const row of rows) {
    const value = row.cells[column]?.trim();
    if (value) return value;
  }
  return '';
}
