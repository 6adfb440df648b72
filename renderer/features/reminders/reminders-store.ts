import { create } from 'zustand';
import type { ReminderCounts } from '../../../shared/domain/reminder';
import { api } from '../../lib/api';

interface RemindersState {
  /** Open reminders per view, for the sidebar badge, the tabs and the Today page. */
  counts: ReminderCounts | null;
  /** Bumped whenever reminders may have changed; lists reload when it moves. */
  version: number;
  refreshCounts: () => Promise<void>;
  /** Something changed (here or in main): reload counts and every mounted list. */
  changed: () => void;
  reset: () => void;
}

export const useRemindersStore = create<RemindersState>()((set, get) => ({
  counts: null,
  version: 0,
  refreshCounts: async () => {
    try {
      set({ counts: await api.reminders.counts(undefined) });
    } catch {
      // A badge is not worth an error toast; the lists report their own failures.
    }
  },
  changed: () => {
    set((s) => ({ version: s.version + 1 }));
    void get().refreshCounts();
  },
  reset: () => set({ counts: null, version: 0 }),
}));

/** Overdue + today: what needs attention now, shown as the sidebar badge. */
export function attentionCount(counts: ReminderCounts | null): number {
  return counts ? counts.overdue + counts.today : 0;
}
