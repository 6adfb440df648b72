import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCustomerFormStore } from '../stores/customer-form-store';

export const SEARCH_INPUT_ID = 'customer-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `/` and Ctrl/⌘+K jump to customer search; `N` opens a new customer from anywhere. */
export function useGlobalHotkeys(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const openCreate = useCustomerFormStore((s) => s.openCreate);
  const formOpen = useCustomerFormStore((s) => s.target !== null);

  useEffect(() => {
    function focusSearch() {
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (input) {
        input.focus();
        if (input instanceof HTMLInputElement) input.select();
      } else {
        void navigate('/customers', { state: { focusSearch: true } });
      }
    }
    function onKeyDown(e: KeyboardEvent) {
      if (formOpen || document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === 'k') {
        e.preventDefault();
        focusSearch();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        focusSearch();
      } else if (key === 'n') {
        e.preventDefault();
        openCreate();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, location.pathname, openCreate, formOpen]);
}
