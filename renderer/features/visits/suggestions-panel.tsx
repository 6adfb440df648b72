import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, format } from 'date-fns';
import type { VisitSuggestions } from '../../../shared/domain/visit';
import { api } from '../../lib/api';
import { TierBadge } from '../../ui/badges';
import { SparklesIcon, XIcon } from '../../ui/icons';
import { useReportError } from '../../ui/use-report-error';
import type { PickedCustomer } from '../reminders/customer-picker';
import { PlanVisitDialog } from './plan-visit-dialog';
import { parseDayKey } from './visit-dates';
import { useVisitsStore } from './visits-store';
import './suggestions-panel.css';

/** Customers due a visit by tier cadence, most overdue first, grouped by city and district. */
export function SuggestionsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const version = useVisitsStore((s) => s.version);
  const [data, setData] = useState<VisitSuggestions | null>(null);
  const [day, setDay] = useState(format(addDays(new Date(), 1), 'yyyy-MM-dd'));
  const [planning, setPlanning] = useState<PickedCustomer[] | null>(null);

  useEffect(() => {
    let current = true;
    api.visits
      .suggest({ limit: 200 })
      .then((s) => {
        if (current) setData(s);
      })
      .catch(reportError);
    return () => {
      current = false;
    };
  }, [version, reportError]);

  return (
    <aside className="suggest" aria-label={t('visits.suggest.title')} data-testid="suggestions">
      <header className="suggest__header">
        <div>
          <h2 className="suggest__title">{t('visits.suggest.title')}</h2>
          <p className="muted suggest__sub">{t('visits.suggest.subtitle')}</p>
        </div>
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          aria-label={t('visits.suggest.close')}
          onClick={onClose}
        >
          <XIcon />
        </button>
      </header>
      <label className="suggest__day">
        {t('visits.suggest.day')}
        <input className="input" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <div className="suggest__body">
        {data === null ? (
          <div className="list-loading">
            <span className="spinner" />
          </div>
        ) : data.groups.length === 0 ? (
          <div className="suggest__empty">
            <SparklesIcon size={22} />
            <p className="suggest__empty-title">{t('visits.suggest.empty')}</p>
            <p className="muted">{t('visits.suggest.emptyText')}</p>
          </div>
        ) : (
          data.groups.map((g) => {
            const area =
              [g.city ?? g.province, g.district].filter(Boolean).join(' · ') ||
              t('visits.suggest.unknownArea');
            const key = `${g.province ?? ''}|${g.city ?? ''}|${g.district ?? ''}`;
            return (
              <section key={key} className="suggest__group" data-testid="suggest-group">
                <header className="suggest__group-head">
                  <span>{t('visits.suggest.group', { area, n: g.customers.length })}</span>
                  <button
                    type="button"
                    className="btn btn--sm"
                    onClick={() =>
                      setPlanning(g.customers.map((c) => ({ id: c.customerId, name: c.name })))
                    }
                  >
                    {t('visits.suggest.planArea')}
                  </button>
                </header>
                <ul className="suggest__list">
                  {g.customers.map((c) => (
                    <li key={c.customerId} className="suggest__item">
                      <Link to={`/customers/${c.customerId}`} className="suggest__name">
                        {c.name}
                      </Link>
                      <TierBadge tier={c.tier} />
                      <span className="suggest__overdue">
                        {c.lastVisitAt
                          ? t('visits.suggest.overdue', { n: Math.round(c.overdueDays) })
                          : t('visits.suggest.never')}
                      </span>
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => setPlanning([{ id: c.customerId, name: c.name }])}
                      >
                        {t('visits.suggest.planOne')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </div>
      {planning ? (
        <PlanVisitDialog
          customers={planning}
          day={parseDayKey(day) ?? undefined}
          onClose={() => setPlanning(null)}
        />
      ) : null}
    </aside>
  );
}
