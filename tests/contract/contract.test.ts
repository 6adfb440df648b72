import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import { createHandlers } from '../../main/handlers';
import { createTestDb, type TestContext } from '../helpers/test-db';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestDb();
});
afterEach(async () => {
  await ctx.db.close();
});

describe('the IPC contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    const handlers = createHandlers({
      db: ctx.db,
      clock: ctx.clock,
      emit: ctx.emit,
      appVersion: 't',
    });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('names channels domain.verb with camelCase verbs', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it.each(CHANNELS)('%s answers bad input with VALIDATION, never a crash', async (channel) => {
    for (const bad of [42, 'text', [1, 2], { unexpected: true, id: 7 }]) {
      const result = await ctx.dispatch(channel, bad);
      // Channels whose input is optional accept undefined only; every one of these is wrong.
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
  });

  it('reports an unknown channel', async () => {
    const result = await ctx.dispatch('customers.dropTable', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers NOT_FOUND for a missing record instead of INTERNAL', async () => {
    const result = await ctx.dispatch('customers.get', { id: 'nope' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'errors.notFound.customer' },
    });
  });

  it('validates every successful answer against its output schema', async () => {
    const created = await ctx.dispatch('customers.create', { name: '王芳', phone: '13912345678' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(() => contract['customers.create'].output.parse(created.value)).not.toThrow();
    const list = await ctx.dispatch('customers.list', {});
    expect(list.ok).toBe(true);
    if (list.ok) expect(() => contract['customers.list'].output.parse(list.value)).not.toThrow();
  });
});
