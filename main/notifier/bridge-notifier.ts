import type { Emit } from '../../shared/ipc/events';
import type { Notifier } from '../scheduler/notifier';

/**
 * The dev/test bridge has no OS notifications: a `reminder.due` push event makes the renderer
 * show an in-app toast instead. The badge is the renderer's own count (reminders.counts).
 */
export function createBridgeNotifier(emit: Emit): Notifier {
  return {
    show: (notification) => emit('reminder.due', notification),
    setBadge: () => undefined,
  };
}
