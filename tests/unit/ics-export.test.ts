import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { createDispatch } from '../../main/ipc/dispatch';
import { createPickedPaths } from '../../main/services/picked-paths';
import { buildIcs, escapeText, foldLine } from '../../main/services/visits/ics';
import type { Customer } from '../../shared/domain/customer';
import type { Visit } from '../../shared/domain/visit';
import { call, createTestDb, type TestContext } from '../helpers/test-db';

const octets = (s: string): number => new TextEncoder().encode(s).length;

function visit(over: Partial<Visit> = {}): Visit {
  return {
    id: '0192f0a0-0000-7000-8000-000000000001',
    customerId: 'c1',
    customerName: '成都锦程餐饮管理有限公司',
    contactId: null,
    contactName: null,
    plannedAt: '2026-03-16T01:00:00.000Z',
    durationMin: 90,
    purpose: '谈续约, 带样品; 路径 C:\\样品\n第二行',
    address:
      '四川省成都市武侯区人民南路四段 1 号，锦程大厦 12 楼 1201 室（请从北门进入，前台登记）',
    lat: 30.6,
    lng: 104.06,
    status: 'planned',
    outcome: null,
    checkedInAt: null,
    checkInNote: null,
    completedAt: null,
    routeOrder: null,
    province: '四川',
    city: '成都',
    district: '武侯区',
    createdAt: '2026-03-10T00:00:00.000Z',
    updatedAt: '2026-03-10T00:00:00.000Z',
    ...over,
  };
}

function parseEvents(text: string): ICAL.Event[] {
  const component = ICAL.Component.fromString(text);
  return component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
}

describe('ICS building blocks', () => {
  it('escapes TEXT per RFC 5545', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'拜访客户'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('buildIcs', () => {
  const text = buildIcs(
    [
      visit(),
      visit({
        id: '0192f0a0-0000-7000-8000-000000000002',
        status: 'cancelled',
        updatedAt: '2026-03-12T00:00:10.000Z',
      }),
    ],
    '2026-03-15T08:00:00.000Z',
    { visit: '拜访' },
  );

  it('uses CRLF everywhere and no physical line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('parses with an independent parser into the same values', () => {
    const [planned, cancelled] = parseEvents(text);
    expect(planned?.uid).toBe('0192f0a0-0000-7000-8000-000000000001@kemai');
    expect(planned?.summary).toBe(`拜访: 成都锦程餐饮管理有限公司 — ${visit().purpose ?? ''}`);
    expect(planned?.location).toBe(visit().address);
    expect(planned?.startDate.toJSDate().toISOString()).toBe('2026-03-16T01:00:00.000Z');
    expect(planned?.endDate.toJSDate().toISOString()).toBe('2026-03-16T02:30:00.000Z');
    expect(planned?.startDate.zone?.tzid).toBe('UTC');
    expect(planned?.sequence).toBe(0);
    expect(planned?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(planned?.component.getFirstPropertyValue('dtstamp'))).toBe(
      '2026-03-15T08:00:00Z',
    );
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // Bumped by the edit: seconds between creation and the last change.
    expect(cancelled?.sequence).toBe(2 * 86_400 + 10);
  });
});

describe('visits.exportIcs', () => {
  let ctx: TestContext;
  let dir: string;
  beforeEach(async () => {
    ctx = await createTestDb();
    dir = mkdtempSync(join(tmpdir(), 'kemai-ics-'));
  });
  afterEach(async () => {
    await ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the range with stable UIDs, so re-exporting an edit updates the same event', async () => {
    const c = await call<Customer>(ctx, 'customers.create', { name: '张伟', kind: 'person' });
    const v = await call<Visit>(ctx, 'visits.create', {
      customerId: c.id,
      plannedAt: '2026-03-16T01:00:00Z',
    });
    const path = join(dir, 'visits.ics');
    const range = { from: '2026-03-16T00:00:00Z', to: '2026-03-23T00:00:00Z', path };
    expect(await call(ctx, 'visits.exportIcs', range)).toEqual({ path, count: 1 });
    const first = parseEvents(readFileSync(path, 'utf8'));
    ctx.clock.advance(60_000);
    await call(ctx, 'visits.update', { id: v.id, patch: { plannedAt: '2026-03-17T01:00:00Z' } });
    await call(ctx, 'visits.exportIcs', range);
    const second = parseEvents(readFileSync(path, 'utf8'));
    expect(second[0]?.uid).toBe(first[0]?.uid);
    expect(second[0]?.uid).toBe(`${v.id}@kemai`);
    expect(second[0]?.sequence).toBeGreaterThan(first[0]?.sequence ?? 0);
    expect(second[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-17T01:00:00.000Z');
  });

  it('writes only to a path the user picked in a save dialog', async () => {
    const guard = createPickedPaths({ enforce: true });
    const dispatch = createDispatch(
      createHandlers({
        db: ctx.db,
        clock: ctx.clock,
        emit: ctx.emit,
        appVersion: 't',
        pickedPaths: guard,
      }),
      { onUnexpected: () => undefined },
    );
    const path = join(dir, 'picked.ics');
    const input = { from: '2026-03-16T00:00:00Z', to: '2026-03-23T00:00:00Z', path };
    const refused = await dispatch('visits.exportIcs', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    guard.remember(path, 'write');
    expect(await dispatch('visits.exportIcs', input)).toMatchObject({
      ok: true,
      value: { count: 0 },
    });
  });
});
