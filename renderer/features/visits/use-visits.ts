import { useCallback, useEffect, useState } from 'react';
import type { Visit } from '../../../shared/domain/visit';
import { api } from '../../lib/api';
import { useVisitsStore } from './visits-store';

interface VisitsSlice {
  items: Visit[];
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/** Visits in [from, to), reloaded whenever any visit changes anywhere in the app. */
export function useVisits(from: string, to: string, customerId?: string): VisitsSlice {
  const version = useVisitsStore((s) => s.version);
  const changed = useVisitsStore((s) => s.changed);
  const [items, setItems] = useState<Visit[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    api.visits
      .list({ from, to, ...(customerId ? { customerId } : {}) })
      .then((result) => {
        if (!current) return;
        setItems(result.items);
        setError(null);
        setLoading(false);
      })
      .catch((err: unknown) => {
        if (!current) return;
        setError(err);
        setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [from, to, customerId, version]);

  const reload = useCallback(() => changed(), [changed]);
  return { items, loading, error, reload };
}
