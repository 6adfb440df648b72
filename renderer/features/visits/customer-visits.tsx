import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, parseISO } from 'date-fns';
import type { Visit } from '../../../shared/domain/visit';
import { MapPinIcon, RouteIcon } from '../../ui/icons';
import { useErrorText } from '../../ui/use-report-error';
import { Section } from '../customers/detail/info-sections';
import { PlanVisitButton } from './plan-visit-button';
import { useVisitFormat } from './use-visit-format';
import { useVisits } from './use-visits';
import { dayKey, parseDayKey } from './visit-dates';
import { viewStatus, type VisitViewStatus } from './visit-status';
import './visits.css';
import './customer-visits.css';

// Two years back and a year ahead: a customer sees at most a few dozen visits in that span.
const PAST_DAYS = 730;
const AHEAD_DAYS = 366;
const RECENT_SHOWN = 5;

function rangeAround(today: string): { from: string; to: string } {
  const start = parseDayKey(today) ?? new Date();
  return {
    from: addDays(start, -PAST_DAYS).toISOString(),
    to: addDays(start, AHEAD_DAYS).toISOString(),
  };
}

function CustomerVisitItem({ visit: v, status }: { visit: Visit; status: VisitViewStatus }) {
  const { t } = useTranslation();
  const { when } = useVisitFormat();
  const open = status === 'planned' || status === 'checkedIn' || status === 'missed';
  return (
    <li
      className={`customer-visit visit-status--${status}`}
      data-testid="customer-visit"
      data-status={status}
    >
      <div className="customer-visit__top">
        <span className="customer-visit__when">{when(v.plannedAt)}</span>
        <span className="visit-badge" data-testid="visit-status">
          {t(`visits.status.${status}`)}
        </span>
        {open ? (
          <Link className="customer-visit__day" to={`/visits/day/${dayKey(parseISO(v.plannedAt))}`}>
            <RouteIcon size={12} />
            {t('visits.customer.openDay')}
          </Link>
        ) : null}
      </div>
      {v.purpose ? <p className="customer-visit__purpose">{v.purpose}</p> : null}
      {v.outcome ? (
        <p className="customer-visit__outcome">
          {/* The same label as the outcome on the timeline below (detail.css). */}
          <span className="tl-item__label">{t('visits.complete.outcome')}</span>
          {v.outcome}
        </p>
      ) : null}
    </li>
  );
}

type WithStatus = { visit: Visit; status: VisitViewStatus };

function VisitGroup({
  title,
  testId,
  items,
}: {
  title: string;
  testId: string;
  items: WithStatus[];
}) {
  return (
    <>
      <h3 className="customer-visits__heading">{title}</h3>
      <ul className="visit-stack" data-testid={testId}>
        {items.map(({ visit, status }) => (
          <CustomerVisitItem key={visit.id} visit={visit} status={status} />
        ))}
      </ul>
    </>
  );
}

/** The customer's upcoming visits and the recent past (status, date, outcome), with planning. */
export function CustomerVisits({ customerId, name }: { customerId: string; name: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [showAll, setShowAll] = useState(false);
  const now = new Date();
  // Strings, so the query reruns only when the day changes (or any visit does).
  const { from, to } = rangeAround(dayKey(now));
  const { items, loading, error } = useVisits(from, to, customerId);

  const withStatus: WithStatus[] = items.map((visit) => ({
    visit,
    status: viewStatus(visit, now),
  }));
  const upcoming = withStatus.filter((v) => v.status === 'planned' || v.status === 'checkedIn');
  const past = withStatus.filter((v) => v.status !== 'planned' && v.status !== 'checkedIn');
  past.reverse();
  const shownPast = showAll ? past : past.slice(0, RECENT_SHOWN);
  const empty = !loading && !error && items.length === 0;

  return (
    <Section
      title={t('visits.customer.title')}
      testId="customer-visits"
      actions={
        empty ? null : (
          <PlanVisitButton id={customerId} name={name} className="btn btn--sm btn--primary" />
        )
      }
    >
      {error ? (
        <p className="field__error" role="alert">
          {t('visits.loadError')}: {errorText(error).title}
        </p>
      ) : null}
      {empty ? (
        <div className="customer-visits__empty" data-testid="customer-visits-empty">
          <span className="customer-visits__icon">
            <MapPinIcon size={18} />
          </span>
          <div className="customer-visits__teach">
            <p className="customer-visits__lead">{t('visits.customer.emptyTitle')}</p>
            <p className="muted">{t('visits.customer.emptyText')}</p>
            <PlanVisitButton
              id={customerId}
              name={name}
              className="btn btn--sm btn--primary"
              label={t('visits.customer.planFirst')}
            />
          </div>
        </div>
      ) : null}
      {upcoming.length > 0 ? (
        <VisitGroup
          title={t('visits.customer.upcoming')}
          testId="customer-visits-upcoming"
          items={upcoming}
        />
      ) : null}
      {upcoming.length === 0 && past.length > 0 ? (
        <p className="muted section__empty" data-testid="customer-visits-none-ahead">
          {t('visits.customer.noneAhead')}
        </p>
      ) : null}
      {past.length > 0 ? (
        <>
          <VisitGroup
            title={t('visits.customer.recent')}
            testId="customer-visits-recent"
            items={shownPast}
          />
          {past.length > RECENT_SHOWN ? (
            <button
              type="button"
              className="btn btn--ghost btn--sm customer-visits__more"
              aria-expanded={showAll}
              onClick={() => setShowAll((v) => !v)}
            >
              {showAll
                ? t('visits.customer.showLess')
                : t('visits.customer.showAll', { n: past.length })}
            </button>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
