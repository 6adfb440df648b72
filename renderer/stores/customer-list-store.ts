import { create } from 'zustand';
import type {
  CustomerFilter,
  CustomerListInput,
  CustomerListItem,
} from '../../shared/domain/customer';
import type { CustomerSortField } from '../../shared/domain/enums';
import { api } from '../lib/api';
import { toApiError, type ApiError } from '../lib/api-error';

export const PAGE_SIZE = 100;
const SEARCH_DEBOUNCE_MS = 120;

export interface ListSort {
  field: CustomerSortField;
  dir: 'asc' | 'desc';
}

interface CustomerListState {
  query: string;
  filter: CustomerFilter;
  sort: ListSort | null;
  items: CustomerListItem[];
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
  /** The query the items on screen answer (the typed `query` may be newer). */
  resultQuery: string;
  /** A request for new results is in flight. */
  fetching: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadingMore: boolean;
  error: ApiError | null;
  selectedIndex: number;
  /** Scroll position kept so returning from a detail page lands where the user was. */
  scrollOffset: number;

  setQuery: (query: string) => void;
  setFilter: (patch: Partial<CustomerFilter>) => void;
  clearFilters: () => void;
  clearAll: () => void;
  toggleSort: (field: CustomerSortField) => void;
  reload: () => Promise<void>;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  select: (index: number) => void;
  dropLocal: (id: string) => void;
  setScrollOffset: (offset: number) => void;
}

// Fields whose natural first direction is newest/most-valuable first.
const DESC_FIRST: ReadonlySet<CustomerSortField> = new Set([
  'lastContactAt',
  'updatedAt',
  'createdAt',
]);

// Every request takes a ticket; only the answer to the latest ticket is applied, so a slow
// response to an old query can never overwrite the results of the query typed after it.
let ticket = 0;
let debounce: ReturnType<typeof setTimeout> | null = null;

function cleanFilter(filter: CustomerFilter): CustomerFilter | undefined {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export const useCustomerListStore = create<CustomerListState>()((set, get) => {
  function baseInput(): CustomerListInput {
    const { query, filter, sort } = get();
    const q = query.trim();
    const input: CustomerListInput = {};
    if (q) input.query = q;
    const f = cleanFilter(filter);
    if (f) input.filter = f;
    if (sort && (sort.field !== 'relevance' || q)) input.sort = sort;
    return input;
  }

  async function fetchFirst(limit: number, keepSelection: boolean): Promise<void> {
    const mine = ++ticket;
    const input = baseInput();
    set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null, fetching: true });
    try {
      const page = await api.customers.list({ ...input, limit });
      if (mine !== ticket) return;
      set((s) => ({
        resultQuery: input.query ?? '',
        fetching: false,
        items: page.items,
        total: page.total,
        totalCapped: page.totalCapped,
        nextCursor: page.nextCursor,
        status: 'ready',
        loadingMore: false,
        selectedIndex: keepSelection
          ? Math.min(s.selectedIndex, page.items.length - 1)
          : page.items.length
            ? 0
            : -1,
        scrollOffset: keepSelection ? s.scrollOffset : 0,
      }));
    } catch (error) {
      if (mine !== ticket) return;
      set({ status: 'error', error: toApiError(error), loadingMore: false, fetching: false });
    }
  }

  function scheduleReload(delay: number) {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      void get().reload();
    }, delay);
  }

  return {
    query: '',
    filter: {},
    sort: null,
    items: [],
    total: 0,
    totalCapped: false,
    nextCursor: null,
    resultQuery: '',
    fetching: false,
    status: 'idle',
    loadingMore: false,
    error: null,
    selectedIndex: -1,
    scrollOffset: 0,

    setQuery: (query) => {
      set({ query });
      scheduleReload(SEARCH_DEBOUNCE_MS);
    },
    setFilter: (patch) => {
      set((s) => ({ filter: { ...s.filter, ...patch } }));
      scheduleReload(0);
    },
    clearFilters: () => {
      set({ filter: {} });
      scheduleReload(0);
    },
    clearAll: () => {
      set({ filter: {}, query: '' });
      scheduleReload(0);
    },
    toggleSort: (field) => {
      const current = get().sort;
      const dir: ListSort['dir'] =
        current?.field === field
          ? current.dir === 'asc'
            ? 'desc'
            : 'asc'
          : DESC_FIRST.has(field)
            ? 'desc'
            : 'asc';
      set({ sort: { field, dir } });
      scheduleReload(0);
    },
    reload: () => fetchFirst(PAGE_SIZE, false),
    // After a data.changed event: refetch what is on screen without jumping back to the top.
    refresh: () => fetchFirst(Math.min(500, Math.max(PAGE_SIZE, get().items.length)), true),
    loadMore: async () => {
      const { nextCursor, loadingMore, status } = get();
      if (!nextCursor || loadingMore || status !== 'ready') return;
      const mine = ticket;
      set({ loadingMore: true });
      try {
        const page = await api.customers.list({
          ...baseInput(),
          limit: PAGE_SIZE,
          cursor: nextCursor,
        });
        if (mine !== ticket) return;
        set((s) => ({
          items: s.items.concat(page.items),
          nextCursor: page.nextCursor,
          total: page.total,
          totalCapped: page.totalCapped,
          loadingMore: false,
        }));
      } catch (error) {
        if (mine !== ticket) return;
        set({ loadingMore: false, error: toApiError(error) });
      }
    },
    select: (index) => set({ selectedIndex: index }),
    dropLocal: (id) =>
      set((s) => {
        const items = s.items.filter((c) => c.id !== id);
        return {
          items,
          total: Math.max(0, s.total - (items.length < s.items.length ? 1 : 0)),
          selectedIndex: Math.min(s.selectedIndex, items.length - 1),
        };
      }),
    setScrollOffset: (offset) => set({ scrollOffset: offset }),
  };
});
