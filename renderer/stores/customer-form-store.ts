import { create } from 'zustand';
import type { Customer } from '../../shared/domain/customer';

export type CustomerFormTarget = { mode: 'create' } | { mode: 'edit'; customer: Customer };

interface CustomerFormState {
  target: CustomerFormTarget | null;
  openCreate: () => void;
  openEdit: (customer: Customer) => void;
  close: () => void;
  /** The last customer saved through the form, so an open detail page can show the change. */
  lastSaved: Customer | null;
  markSaved: (customer: Customer) => void;
}

/** Which customer form is open; the form lives in the layout so `N` works on every screen. */
export const useCustomerFormStore = create<CustomerFormState>()((set) => ({
  target: null,
  openCreate: () => set({ target: { mode: 'create' } }),
  openEdit: (customer) => set({ target: { mode: 'edit', customer } }),
  close: () => set({ target: null }),
  lastSaved: null,
  markSaved: (customer) => set({ lastSaved: customer }),
}));
