import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapPinIcon } from '../../ui/icons';
import { PlanVisitDialog } from './plan-visit-dialog';

/** "Plan visit" for one customer (the customer page header). */
export function PlanVisitButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        <MapPinIcon size={14} />
        {t('visits.customer.plan')}
      </button>
      {open ? <PlanVisitDialog customers={[{ id, name }]} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
