import { useEffect, useState } from 'react';
import type { Facets } from '../../../../shared/domain/customer';
import { api, onEvent } from '../../../lib/api';

const EMPTY: Facets = { industries: [], cities: [], owners: [], tags: [] };

/** Values for the industry / city / owner / tag dropdowns; refetched when customers change. */
export function useFacets(): Facets {
  const [facets, setFacets] = useState<Facets>(EMPTY);
  useEffect(() => {
    let alive = true;
    const load = () => {
      api.customers
        .facets(undefined)
        .then((value) => {
          if (alive) setFacets(value);
        })
        .catch(() => {
          // Dropdowns stay as they were; the list itself reports load errors.
        });
    };
    load();
    const off = onEvent('data.changed', ({ domain }) => {
      if (domain === 'customers' || domain === 'tags') load();
    });
    return () => {
      alive = false;
      off();
    };
  }, []);
  return facets;
}
