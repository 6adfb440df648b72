import { useEffect, useRef } from 'react';

/** Keys that act on whatever has focus (buttons, links), so a list must not take them there. */
const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Delete']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a') !== null;
}

/**
 * Single-key shortcuts for a screen. `handle` gets the key (letters lower-cased) and returns
 * true when it used it. The listener runs in the capture phase and stops handled keys, so a
 * screen's own N (new reminder) wins over the app-wide N (new customer).
 */
export function useListHotkeys(enabled: boolean, handle: (key: string) => boolean): void {
  const handler = useRef(handle);
  useEffect(() => {
    handler.current = handle;
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      // An open menu owns its keys (1–4, J/K); the screen must not act on them too.
      if (e.target instanceof HTMLElement && e.target.closest('[role="menu"]')) return;
      if (ACTIVATION_KEYS.has(e.key) && isInteractive(e.target)) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (handler.current(key)) {
        e.preventDefault();
        e.stopPropagation();
      }
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
