import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { PickedCustomer } from '../../reminders/customer-picker';
import { PlanVisitDialog } from '../../visits/plan-visit-dialog';
import { MapPinIcon, XIcon } from '../../../ui/icons';

interface SelectionState {
  picked: PickedCustomer[];
  toggle: (customer: PickedCustomer) => void;
  clear: () => void;
}

/** Customers picked with Ctrl/⌘-click for a bulk action; separate from the keyboard cursor. */
export const useCustomerSelection = create<SelectionState>()((set) => ({
  picked: [],
  toggle: (c) =>
    set((s) => ({
      picked: s.picked.some((p) => p.id === c.id)
        ? s.picked.filter((p) => p.id !== c.id)
        : [...s.picked, c],
    })),
  clear: () => set({ picked: [] }),
}));

/** The action bar shown while customers are picked: plan visits to all of them at once. */
export function SelectionBar() {
  const { t } = useTranslation();
  const picked = useCustomerSelection((s) => s.picked);
  const clear = useCustomerSelection((s) => s.clear);
  const [planning, setPlanning] = useState(false);
  if (picked.length === 0) return null;
  return (
    <div
      className="selection-bar"
      role="region"
      aria-label={t('visits.selection.count', { n: picked.length })}
      data-testid="selection-bar"
    >
      <span className="selection-bar__count">
        {t('visits.selection.count', { n: picked.length })}
      </span>
      <button type="button" className="btn btn--primary btn--sm" onClick={() => setPlanning(true)}>
        <MapPinIcon size={14} />
        {t('visits.selection.plan')}
      </button>
      <button type="button" className="btn btn--ghost btn--sm" onClick={clear}>
        <XIcon size={14} />
        {t('visits.selection.clear')}
      </button>
      <span className="list-hint">{t('visits.selection.hint')}</span>
      {planning ? (
        <PlanVisitDialog customers={picked} onClose={() => setPlanning(false)} onPlanned={clear} />
      ) : null}
    </div>
  );
}
