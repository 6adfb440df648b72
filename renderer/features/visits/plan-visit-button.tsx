import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapPinIcon } from '../../ui/icons';
import { PlanVisitDialog } from './plan-visit-dialog';

interface PlanVisitButtonProps {
  id: string;
  name: string;
  /** Button classes; the customer page's visits section uses a small primary one. */
  className?: string;
  label?: string;
}

/** "Plan visit" for one customer (the customer page). */
export function PlanVisitButton({ id, name, className = 'btn', label }: PlanVisitButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        <MapPinIcon size={14} />
        {label ?? t('visits.customer.plan')}
      </button>
      {open ? <PlanVisitDialog customers={[{ id, name }]} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
