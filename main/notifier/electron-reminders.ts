import { powerMonitor, type BrowserWindow } from 'electron';
import type { Db } from '../../db/open-database';
import type { Emit } from '../../shared/ipc/events';
import { systemClock } from '../services/clock';
import {
  defaultWorkerFile,
  startReminderScheduler,
  type RunningScheduler,
} from '../scheduler/setup';
import { createElectronNotifier } from './electron-notifier';

/**
 * The reminder scheduler in the desktop app: OS notifications, the badge, the rules worker
 * beside the main bundle, and a catch-up when the computer wakes from sleep (timers do not
 * run while it sleeps).
 */
export function startElectronReminders(options: {
  db: Db;
  emit: Emit;
  getWindow: () => BrowserWindow | null;
  bundleDir: string;
}): RunningScheduler {
  // Subscribe first: if the power monitor is unavailable, nothing has been started yet.
  let running: RunningScheduler | null = null;
  const onResume = (): void => void running?.scheduler.wake();
  powerMonitor.on('resume', onResume);
  running = startReminderScheduler({
    db: options.db,
    clock: systemClock,
    emit: options.emit,
    notifier: createElectronNotifier({ getWindow: options.getWindow, emit: options.emit }),
    workerFile: defaultWorkerFile(options.bundleDir),
  });
  const started = running;
  return {
    scheduler: started.scheduler,
    stop: async () => {
      powerMonitor.removeListener('resume', onResume);
      await started.stop();
    },
  };
}
