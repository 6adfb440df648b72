import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reminder, ReminderView } from '../../../shared/domain/reminder';
import { api } from '../../lib/api';
import { useRemindersStore } from './reminders-store';

const PAGE_SIZE = 50;

export interface ReminderListState {
  items: Reminder[];
  loading: boolean;
  error: unknown;
  nextCursor: string | null;
  loadingMore: boolean;
  loadMore: () => void;
}

/**
 * One view of reminders (optionally for one customer), reloaded whenever the reminders store
 * says something changed, so a completion anywhere updates every list on screen.
 */
export function useReminderList(
  view: ReminderView,
  customerId?: string,
  limit = PAGE_SIZE,
): ReminderListState {
  const version = useRemindersStore((s) => s.version);
  const key = `${view}|${customerId ?? ''}|${limit}`;
  const [items, setItems] = useState<Reminder[]>([]);
  // Which view `items` belong to: while another view loads, the old rows are not shown.
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  // Drops answers that arrive after the view changed, so a slow reply cannot overwrite a newer one.
  const requestId = useRef(0);

  useEffect(() => {
    const id = ++requestId.current;
    api.reminders
      .list({ view, limit, ...(customerId ? { customerId } : {}) })
      .then((page) => {
        if (id !== requestId.current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setError(null);
        setLoadedKey(key);
      })
      .catch((err: unknown) => {
        if (id !== requestId.current) return;
        setError(err);
        setLoadedKey(key);
      });
  }, [key, view, customerId, limit, version]);

  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore) return;
    const id = requestId.current;
    setLoadingMore(true);
    api.reminders
      .list({ view, limit, cursor: nextCursor, ...(customerId ? { customerId } : {}) })
      .then((page) => {
        if (id !== requestId.current) return;
        setItems((prev) => [...prev, ...page.items]);
        setNextCursor(page.nextCursor);
      })
      .catch(setError)
      .finally(() => setLoadingMore(false));
  }, [nextCursor, loadingMore, view, limit, customerId]);

  const current = loadedKey === key;
  return {
    items: current ? items : [],
    loading: !current,
    error: current ? error : null,
    nextCursor: current ? nextCursor : null,
    loadingMore,
    loadMore,
  };
}
