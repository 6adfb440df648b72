import { create } from 'zustand';

interface VisitsState {
  /** Bumped after every change, so every visits view on screen reloads its slice. */
  version: number;
  /** The visit the keyboard acts on in the week calendar. */
  selectedId: string | null;
  changed: () => void;
  select: (id: string | null) => void;
}

export const useVisitsStore = create<VisitsState>()((set) => ({
  version: 0,
  selectedId: null,
  changed: () => set((s) => ({ version: s.version + 1 })),
  select: (id) => set({ selectedId: id }),
}));
