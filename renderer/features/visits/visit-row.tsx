import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays } from 'date-fns';
import type { Visit } from '../../../shared/domain/visit';
import { CheckIcon, MapPinIcon } from '../../ui/icons';
import { onDay, timeOfDay } from './visit-dates';
import { viewStatus } from './visit-status';
import { useVisitActions } from './use-visit-actions';

interface VisitRowProps {
  visit: Visit;
  now: Date;
  onComplete: (visit: Visit) => void;
  /** Extra content before the actions (route distance, reorder buttons). */
  extra?: ReactNode;
  lead?: ReactNode;
}

/** One visit with the next step as a button: check in, then complete; missed -> reschedule. */
export function VisitRow({ visit: v, now, onComplete, extra, lead }: VisitRowProps) {
  const { t } = useTranslation();
  const { checkIn, move } = useVisitActions();
  const status = viewStatus(v, now);
  const place = [v.city, v.district, v.address].filter(Boolean).join(' · ');
  const sub = [v.purpose, place].filter(Boolean).join(' — ');

  return (
    <div
      className={`visit-row visit-status--${status}`}
      data-testid="visit-row"
      data-status={status}
      data-visit-id={v.id}
    >
      {lead}
      <span className="visit-row__time">{timeOfDay(v.plannedAt)}</span>
      <div className="visit-row__main">
        <Link
          to={`/customers/${v.customerId}`}
          className="visit-row__name"
          aria-label={t('visits.actions.openCustomer', { name: v.customerName })}
        >
          {v.customerName}
        </Link>
        {sub ? <span className="visit-row__sub">{sub}</span> : null}
        {v.outcome ? <span className="visit-row__sub visit-row__outcome">{v.outcome}</span> : null}
      </div>
      {extra}
      <span className="visit-badge" data-testid="visit-status">
        {t(`visits.status.${status}`)}
      </span>
      <div className="visit-row__actions no-print">
        {status === 'planned' ? (
          <button type="button" className="btn btn--sm" onClick={() => void checkIn(v)}>
            <MapPinIcon size={14} />
            {t('visits.actions.checkIn')}
          </button>
        ) : null}
        {status === 'planned' || status === 'checkedIn' ? (
          <button
            type="button"
            className={status === 'checkedIn' ? 'btn btn--sm btn--primary' : 'btn btn--sm'}
            onClick={() => onComplete(v)}
          >
            <CheckIcon size={14} />
            {t('visits.actions.complete')}
          </button>
        ) : null}
        {status === 'missed' ? (
          <>
            <button
              type="button"
              className="btn btn--sm btn--primary"
              onClick={() => void move(v, onDay(v.plannedAt, now))}
            >
              {t('visits.actions.rescheduleToday')}
            </button>
            <button
              type="button"
              className="btn btn--sm"
              onClick={() => void move(v, onDay(v.plannedAt, addDays(now, 1)))}
            >
              {t('visits.actions.rescheduleTomorrow')}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
