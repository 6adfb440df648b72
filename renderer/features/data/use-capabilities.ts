import { useEffect, useState } from 'react';
import { api } from '../../lib/api';

// Whether main can show native dialogs never changes while the app runs: ask once.
let cached: Promise<boolean> | null = null;

function nativeDialogs(): Promise<boolean> {
  cached ??= api.dialogs
    .capabilities(undefined)
    .then((c) => c.nativeDialogs)
    .catch(() => {
      cached = null;
      return false;
    });
  return cached;
}

/** null while unknown; true in Electron, false in the browser preview and e2e. */
export function useNativeDialogs(): boolean | null {
  const [native, setNative] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    void nativeDialogs().then((value) => {
      if (alive) setNative(value);
    });
    return () => {
      alive = false;
    };
  }, []);
  return native;
}
