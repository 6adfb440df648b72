import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { EventName } from '../../shared/ipc/events';
import type { ReminderNotification } from '../../main/scheduler/notifier';

type Listener = () => void;

const fake = vi.hoisted(() => {
  const created: {
    options: { title: string; body: string };
    listeners: Map<string, Listener>;
    shown: number;
  }[] = [];
  class FakeNotification {
    listeners = new Map<string, Listener>();
    shown = 0;
    constructor(public options: { title: string; body: string }) {
      created.push(this);
    }
    static isSupported = vi.fn(() => true);
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    show() {
      this.shown++;
    }
  }
  const powerListeners = new Map<string, Listener>();
  return {
    created,
    powerListeners,
    electron: {
      app: { setBadgeCount: vi.fn(() => true) },
      Notification: FakeNotification,
      powerMonitor: {
        on: vi.fn((name: string, listener: Listener) => powerListeners.set(name, listener)),
        removeListener: vi.fn((name: string) => powerListeners.delete(name)),
      },
    },
  };
});
vi.mock('electron', () => fake.electron);

const { createElectronNotifier } = await import('../../main/notifier/electron-notifier');
const { createBridgeNotifier } = await import('../../main/notifier/bridge-notifier');

function fakeWindow(minimized: boolean) {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

const single: ReminderNotification = {
  kind: 'single',
  count: 1,
  reminderId: 'r1',
  customerId: 'c1',
  customerName: '张伟',
  title: '回访报价',
  body: '跟进提醒 · 张伟',
  counts: { overdue: 0, today: 1 },
};

beforeEach(() => {
  fake.created.length = 0;
  vi.clearAllMocks();
});

describe('the Electron notifier', () => {
  it('shows an OS notification; a click focuses the window and opens the customer', () => {
    const win = fakeWindow(true);
    const events: { event: EventName; payload: unknown }[] = [];
    const notifier = createElectronNotifier({
      getWindow: () => win as unknown as BrowserWindow,
      emit: (event, payload) => events.push({ event, payload }),
    });
    notifier.show(single);
    const [shown] = fake.created;
    expect(shown?.options).toEqual({ title: '回访报价', body: '跟进提醒 · 张伟' });
    expect(shown?.shown).toBe(1);
    shown?.listeners.get('click')?.();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(events).toEqual([
      { event: 'reminder.open', payload: { customerId: 'c1', reminderId: 'r1' } },
    ]);
  });

  it('keeps the badge at the number of due reminders', () => {
    const notifier = createElectronNotifier({ getWindow: () => null, emit: () => undefined });
    notifier.setBadge(7);
    notifier.setBadge(0);
    expect(fake.electron.app.setBadgeCount.mock.calls).toEqual([[7], [0]]);
  });

  it('does nothing where the system has no notifications', () => {
    fake.electron.Notification.isSupported.mockReturnValueOnce(false);
    createElectronNotifier({ getWindow: () => null, emit: () => undefined }).show(single);
    expect(fake.created).toEqual([]);
  });
});

describe('the bridge notifier', () => {
  it('turns a notification into a reminder.due push event for an in-app toast', () => {
    const events: { event: EventName; payload: unknown }[] = [];
    const notifier = createBridgeNotifier((event, payload) => events.push({ event, payload }));
    notifier.show(single);
    notifier.setBadge(3);
    expect(events).toEqual([{ event: 'reminder.due', payload: single }]);
  });
});

describe('the Electron reminders wiring', () => {
  it('wakes the scheduler when the computer resumes and unsubscribes on stop', async () => {
    const { startElectronReminders } = await import('../../main/notifier/electron-reminders');
    const { createTestDb } = await import('../helpers/test-db');
    const ctx = await createTestDb();
    const running = startElectronReminders({
      db: ctx.db,
      emit: ctx.emit,
      getWindow: () => null,
      bundleDir: '/nonexistent/main',
    });
    await running.scheduler.idle();
    expect(fake.powerListeners.has('resume')).toBe(true);
    fake.powerListeners.get('resume')?.();
    await running.scheduler.idle();
    await running.stop();
    expect(fake.powerListeners.has('resume')).toBe(false);
    await ctx.db.close();
  });
});
