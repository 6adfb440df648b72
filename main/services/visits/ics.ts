import type { Visit } from '../../../shared/domain/visit';

// RFC 5545 output: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// sequence, TEXT values escaped, all times in UTC ("Z") so no VTIMEZONE is needed.

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 2026-03-15T08:00:00.000Z -> 20260315T080000Z */
export function icsUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Grows with every saved change, so calendars replace the event instead of ignoring it. */
export function sequenceOf(visit: Pick<Visit, 'createdAt' | 'updatedAt'>): number {
  const ms = new Date(visit.updatedAt).getTime() - new Date(visit.createdAt).getTime();
  return Math.max(0, Math.floor(ms / 1000));
}

export interface IcsLabels {
  /** "拜访" / "Visit": the event title's prefix. */
  visit: string;
}

function eventLines(v: Visit, stamp: string, labels: IcsLabels): string[] {
  const end = new Date(new Date(v.plannedAt).getTime() + v.durationMin * 60_000).toISOString();
  const title = v.purpose
    ? `${labels.visit}: ${v.customerName} — ${v.purpose}`
    : `${labels.visit}: ${v.customerName}`;
  const description = [v.purpose, v.outcome, v.checkInNote].filter((x): x is string => !!x);
  const location = v.address ?? ([v.city, v.district].filter(Boolean).join(' ') || null);
  const lines = [
    'BEGIN:VEVENT',
    // Stable across exports, so a re-import updates the same event.
    `UID:${v.id}@kemai`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(v.plannedAt)}`,
    `DTEND:${icsUtc(end)}`,
    `SEQUENCE:${sequenceOf(v)}`,
    `LAST-MODIFIED:${icsUtc(v.updatedAt)}`,
    `SUMMARY:${escapeText(title)}`,
    `STATUS:${v.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
  ];
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  if (v.lat !== null && v.lng !== null) lines.push(`GEO:${v.lat};${v.lng}`);
  if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR for the given visits; `now` is the DTSTAMP of every event. */
export function buildIcs(visits: readonly Visit[], now: string, labels: IcsLabels): string {
  const stamp = icsUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kemai//Visit plans//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...visits.flatMap((v) => eventLines(v, stamp, labels)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
