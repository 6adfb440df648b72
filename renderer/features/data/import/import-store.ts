import { create } from 'zustand';
import type {
  DateOrder,
  Delimiter,
  DuplicatePolicy,
  ImportEncoding,
  ImportField,
  ImportMapping,
  ImportPreview,
} from '../../../../shared/domain/import';
import { api } from '../../../lib/api';
import { toApiError, type ApiError } from '../../../lib/api-error';

export const IMPORT_STEPS = [
  'file',
  'format',
  'mapping',
  'check',
  'options',
  'run',
  'summary',
] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

interface ImportWizardState {
  step: ImportStep;
  path: string;
  preview: ImportPreview | null;
  /** What the first read of the file detected, kept to label the "auto" choice. */
  detected: { encoding: ImportEncoding; delimiter: Delimiter } | null;
  encoding: ImportEncoding | undefined;
  delimiter: Delimiter | undefined;
  dateOrder: DateOrder;
  mapping: ImportMapping;
  duplicates: DuplicatePolicy;
  saveRejected: boolean;
  rejectedPath: string;
  jobId: string | null;
  loading: boolean;
  error: ApiError | null;

  setPath: (path: string) => void;
  /** Reads the file (again) with the current format choices; the first read moves to `format`. */
  loadPreview: (patch?: {
    encoding?: ImportEncoding;
    delimiter?: Delimiter;
    dateOrder?: DateOrder;
  }) => Promise<void>;
  setField: (column: number, field: ImportField | null) => void;
  setDuplicates: (policy: DuplicatePolicy) => void;
  setSaveRejected: (save: boolean) => void;
  setRejectedPath: (path: string) => void;
  goTo: (step: ImportStep) => void;
  start: () => Promise<void>;
  cancel: () => Promise<void>;
  /** Back to an empty first step, optionally with a file already chosen (re-import). */
  reset: (path?: string) => void;
}

const initial = {
  step: 'file' as ImportStep,
  path: '',
  preview: null,
  detected: null,
  encoding: undefined,
  delimiter: undefined,
  dateOrder: 'ymd' as DateOrder,
  mapping: [],
  duplicates: 'skip' as DuplicatePolicy,
  saveRejected: true,
  rejectedPath: '',
  jobId: null,
  loading: false,
  error: null,
};

// Each preview request takes a ticket so a slow answer to an old encoding choice cannot
// overwrite the answer to the newer one.
let ticket = 0;

/** The wizard's state lives outside the screen so leaving mid-import and coming back resumes. */
export const useImportStore = create<ImportWizardState>()((set, get) => ({
  ...initial,
  setPath: (path) => set({ path, error: null }),
  loadPreview: async (patch = {}) => {
    const mine = ++ticket;
    const s = get();
    const encoding = 'encoding' in patch ? patch.encoding : s.encoding;
    const delimiter = 'delimiter' in patch ? patch.delimiter : s.delimiter;
    const dateOrder = patch.dateOrder ?? s.dateOrder;
    set({ encoding, delimiter, dateOrder, loading: true, error: null });
    try {
      const preview = await api.import.preview({
        path: s.path.trim(),
        ...(encoding ? { encoding } : {}),
        ...(delimiter ? { delimiter } : {}),
        dateOrder,
      });
      if (mine !== ticket) return;
      const first = get().step === 'file';
      set((state) => ({
        preview,
        loading: false,
        // The suggested mapping is taken only when the columns change, so a user's choices
        // survive re-reading the file with another date order.
        mapping:
          first || state.mapping.length !== preview.mapping.length
            ? preview.mapping
            : state.mapping,
        detected: first
          ? { encoding: preview.encoding, delimiter: preview.delimiter }
          : state.detected,
        step: first ? 'format' : state.step,
      }));
    } catch (error) {
      if (mine !== ticket) return;
      set({ loading: false, error: toApiError(error) });
    }
  },
  setField: (column, field) =>
    set((s) => ({ mapping: s.mapping.map((f, i) => (i === column ? field : f)) })),
  setDuplicates: (duplicates) => set({ duplicates }),
  setSaveRejected: (saveRejected) => set({ saveRejected }),
  setRejectedPath: (rejectedPath) => set({ rejectedPath }),
  goTo: (step) => set({ step, error: null }),
  start: async () => {
    const s = get();
    set({ loading: true, error: null });
    const rejectedPath = s.saveRejected ? s.rejectedPath.trim() : '';
    try {
      const { jobId } = await api.import.run({
        path: s.path.trim(),
        ...(s.encoding ? { encoding: s.encoding } : {}),
        ...(s.delimiter ? { delimiter: s.delimiter } : {}),
        dateOrder: s.dateOrder,
        mapping: s.mapping,
        duplicates: s.duplicates,
        ...(rejectedPath ? { rejectedPath } : {}),
      });
      set({ jobId, step: 'run', loading: false });
    } catch (error) {
      set({ loading: false, error: toApiError(error) });
    }
  },
  cancel: async () => {
    const { jobId } = get();
    if (!jobId) return;
    try {
      await api.import.cancel({ jobId });
    } catch (error) {
      set({ error: toApiError(error) });
    }
  },
  reset: (path = '') => {
    ticket++;
    set({ ...initial, path });
  },
}));
