import { useCallback, useEffect, useState } from 'react';
import type { CustomerDetail } from '../../../../shared/domain/customer';
import { api, onEvent } from '../../../lib/api';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useCustomerFormStore } from '../../../stores/customer-form-store';

interface Loaded {
  id: string;
  detail: CustomerDetail | null;
  error: ApiError | null;
}

/** One customer with contacts and timeline; reloads when anything about it changes. */
export function useCustomerDetail(id: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Bumped to refetch: after a local change, a data.changed event, or a save in the form.
  const [version, setVersion] = useState(0);
  const savedHere = useCustomerFormStore((s) => (s.lastSaved?.id === id ? s.lastSaved : null));

  useEffect(() => {
    let current = true;
    api.customers
      .get({ id })
      .then((detail) => {
        if (current) setLoaded({ id, detail, error: null });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ id, detail: null, error: toApiError(error) });
      });
    // A newer request (or leaving the page) makes this answer stale.
    return () => {
      current = false;
    };
  }, [id, version, savedHere]);

  useEffect(() => onEvent('data.changed', () => setVersion((v) => v + 1)), []);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // While another customer's data is still on hand, show loading rather than the wrong record.
  const mine = loaded?.id === id ? loaded : null;
  return { detail: mine?.detail ?? null, error: mine?.error ?? null, reload };
}
