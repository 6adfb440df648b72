import { app, Notification, type BrowserWindow } from 'electron';
import type { Emit } from '../../shared/ipc/events';
import type { Notifier, ReminderNotification } from '../scheduler/notifier';

export interface ElectronNotifierOptions {
  getWindow: () => BrowserWindow | null;
  emit: Emit;
}

function focus(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * OS notifications and the dock/taskbar badge. Clicking a notification brings the window to
 * the front and asks the renderer to open the customer (or the reminder list for a group).
 */
export function createElectronNotifier(options: ElectronNotifierOptions): Notifier {
  // Notifications that are garbage-collected lose their click handler; keep them until closed.
  const live = new Set<Notification>();
  return {
    show: (n: ReminderNotification) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: n.title, body: n.body });
      live.add(notification);
      notification.on('click', () => {
        focus(options.getWindow());
        options.emit('reminder.open', { customerId: n.customerId, reminderId: n.reminderId });
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
    setBadge: (count: number) => {
      // macOS dock and Linux launchers; Windows has no numeric taskbar badge (returns false).
      app.setBadgeCount(count);
    },
  };
}
