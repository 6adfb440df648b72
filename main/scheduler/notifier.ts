import type { EventPayload } from '../../shared/ipc/events';

/** What the scheduler announces; the same shape is the bridge's `reminder.due` push event. */
export type ReminderNotification = EventPayload<'reminder.due'>;

/** How announcements reach the user: OS notifications and badge in Electron, a toast in the bridge. */
export interface Notifier {
  show: (notification: ReminderNotification) => void;
  /** Open reminders already due; 0 clears the badge. */
  setBadge: (count: number) => void;
}

// A Node Timeout object, or whatever a test's fake timers hand out.
export type TimerHandle = object | number;

/** Injected timers, so tests drive time explicitly instead of sleeping. */
export interface TimerApi {
  setTimer: (callback: () => void, ms: number) => TimerHandle;
  clearTimer: (handle: TimerHandle) => void;
}

export const nodeTimers: TimerApi = {
  // Unref'd: a pending reminder timer must not keep a closing process alive.
  setTimer: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
