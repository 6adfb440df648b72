import { useEffect, useState, type ReactNode } from 'react';
import { api, onEvent } from '../lib/api';
import { applyLanguage, detectLanguage, setupI18n } from '../i18n/setup';
import { useCustomerListStore } from '../stores/customer-list-store';
import { useJobsStore } from '../stores/jobs-store';

// Start in the OS language so even a failed settings call shows a readable UI.
setupI18n(detectLanguage(typeof navigator === 'undefined' ? undefined : navigator.language));

/** Loads the saved language before first paint and wires push events to the stores. */
export function Providers({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    api.settings
      .get(undefined)
      .then((settings) => {
        if (settings.language) applyLanguage(settings.language);
      })
      .catch(() => {
        // Keep the detected language; the screens report their own load errors.
      })
      .finally(() => {
        if (alive) setReady(true);
      });
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    const offChanged = onEvent('data.changed', ({ domain }) => {
      if (domain !== 'customers' && domain !== 'tags') return;
      const list = useCustomerListStore.getState();
      if (list.status !== 'idle') void list.refresh();
    });
    const offProgress = onEvent('job.progress', (progress) =>
      useJobsStore.getState().update(progress),
    );
    return () => {
      offChanged();
      offProgress();
    };
  }, []);

  return ready ? <>{children}</> : null;
}
