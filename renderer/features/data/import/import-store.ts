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
  /** Changes one column's target and re-checks the sample rows against the new mapping. */
  setField: (column: number, field: ImportField | null) => void;
  setDuplicates: (policy: DuplicatePolicy) => void;
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
  jobId: null,
  loading: false,
  error: null,
};

// Each preview request takes a ticket so a slow answer to an old encoding choice (or an older
// mapping) cannot overwrite the answer to the newer one.
let ticket = 0;

/** Re-reads the sample with the mapping as it is now; only the preview's rows change. */
async function recheck(): Promise<void> {
  const mine = ++ticket;
  const s = useImportStore.getState();
  useImportStore.setState({ error: null });
  try {
    const preview = await api.import.preview({
      path: s.path.trim(),
      ...(s.encoding ? { encoding: s.encoding } : {}),
      ...(s.delimiter ? { delimiter: s.delimiter } : {}),
      dateOrder: s.dateOrder,
      mapping: s.mapping,
    });
    if (mine === ticket) useImportStore.setState({ preview });
  } catch (error) {
    if (mine === ticket) useImportStore.setState({ error: toApiError(error) });
  }
}

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
    const first = s.step === 'file';
    set({ encoding, delimiter, dateOrder, loading: true, error: null });
    try {
      // The user's mapping goes along so the sample is checked the way it will be imported
      // (main falls back to its suggestion when the columns changed).
      const preview = await api.import.preview({
        path: s.path.trim(),
        ...(encoding ? { encoding } : {}),
        ...(delimiter ? { delimiter } : {}),
        dateOrder,
        ...(!first && s.mapping.length ? { mapping: s.mapping } : {}),
      });
      if (mine !== ticket) return;
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
  setField: (column, field) => {
    set((s) => ({ mapping: s.mapping.map((f, i) => (i === column ? field : f)) }));
    void recheck();
  },
  setDuplicates: (duplicates) => set({ duplicates }),
  goTo: (step) => set({ step, error: null }),
  start: async () => {
    const s = get();
    set({ loading: true, error: null });
    try {
      const { jobId } = await api.import.run({
        path: s.path.trim(),
        ...(s.encoding ? { encoding: s.encoding } : {}),
        ...(s.delimiter ? { delimiter: s.delimiter } : {}),
        dateOrder: s.dateOrder,
        mapping: s.mapping,
        duplicates: s.duplicates,
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
