import { useEffect, useState } from 'react';
import type { VisitRoute } from '../../../shared/domain/visit';
import { api } from '../../lib/api';
import { useVisitsStore } from './visits-store';

/** The day's stops in route order, recomputed by main whenever a visit changes. */
export function useRoute(date: string) {
  const version = useVisitsStore((s) => s.version);
  const [route, setRoute] = useState<VisitRoute | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    api.visits
      .route({ date })
      .then((r) => {
        if (!current) return;
        setRoute(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (current) setError(err);
      });
    return () => {
      current = false;
    };
  }, [date, version]);

  return { route, error };
}
