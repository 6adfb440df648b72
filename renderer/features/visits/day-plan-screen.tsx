import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, format } from 'date-fns';
import type { Visit } from '../../../shared/domain/visit';
import {
  AlertTriangleIcon,
  ArrowDownIcon,
  ArrowUpIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  RouteIcon,
} from '../../ui/icons';
import { useErrorText } from '../../ui/use-report-error';
import { CompleteVisitDialog } from './complete-visit-dialog';
import { DayPlanPrint } from './day-plan-print';
import { dayKey, parseDayKey } from './visit-dates';
import { VisitRow } from './visit-row';
import { useRoute } from './use-route';
import { useVisitActions } from './use-visit-actions';
import { useVisitFormat } from './use-visit-format';
import './visits.css';
import './visits-print.css';

/** One day's stops in route order, with distances, manual reorder, check-in and completion. */
export function DayPlanScreen() {
  const { date = '' } = useParams();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { day, distance } = useVisitFormat();
  const { reorder } = useVisitActions();
  const { route, error } = useRoute(date);
  const [completing, setCompleting] = useState<Visit | null>(null);
  const parsed = parseDayKey(date) ?? new Date();
  const now = new Date();

  const routed = route?.stops.filter((s) => !s.unknownPlace) ?? [];
  const unknown = route?.stops.filter((s) => s.unknownPlace) ?? [];

  function moveStop(index: number, step: -1 | 1) {
    const ids = routed.map((s) => s.visit.id);
    const other = index + step;
    const a = ids[index];
    const b = ids[other];
    if (a === undefined || b === undefined) return;
    ids[index] = b;
    ids[other] = a;
    void reorder(date, [...ids, ...unknown.map((s) => s.visit.id)]);
  }

  let body: React.ReactNode;
  if (error) {
    const { title, help } = errorText(error);
    body = (
      <div className="empty" role="alert">
        <h2 className="empty__title">{t('visits.loadError')}</h2>
        <p className="empty__text">{title}</p>
        <p className="empty__hint">{help}</p>
      </div>
    );
  } else if (!route) {
    body = (
      <div className="list-loading">
        <span className="spinner" /> {t('common.loading')}
      </div>
    );
  } else if (route.stops.length === 0) {
    body = (
      <div className="empty" data-testid="day-empty">
        <div className="empty__icon">
          <RouteIcon size={28} />
        </div>
        <h2 className="empty__title">{t('visits.day.empty')}</h2>
        <p className="empty__text">{t('visits.day.emptyText')}</p>
        <div className="empty__actions">
          <Link to="/customers" className="btn btn--primary">
            {t('visits.plan')}
          </Link>
        </div>
      </div>
    );
  } else {
    body = (
      <div className="route" data-testid="route">
        <div className="route__summary">
          <span>{t('visits.day.stops', { count: route.stops.length, n: route.stops.length })}</span>
          <span data-testid="route-total">
            {t('visits.day.total', { km: distance(route.totalKm) })}
          </span>
          {route.start ? (
            <span className="muted">
              {t('visits.day.from', { place: route.start.label ?? t('visits.day.start') })}
            </span>
          ) : (
            <span className="muted no-print">
              {t('visits.day.noBase')}{' '}
              <Link to="/settings#visit-settings">{t('visits.day.setBase')}</Link>
            </span>
          )}
          {route.manual ? (
            <span className="badge badge--neutral">{t('visits.day.manualOrder')}</span>
          ) : null}
        </div>
        <ol className="visit-stack" aria-label={t('visits.day.title', { day: day(parsed) })}>
          {routed.map((stop, i) => (
            <li key={stop.visit.id} className="route__stop" data-testid="route-stop">
              <VisitRow
                visit={stop.visit}
                now={now}
                onComplete={setCompleting}
                lead={<span className="route__num">{i + 1}</span>}
                extra={
                  <span className="route__leg" data-testid="route-leg">
                    {stop.legKm === null
                      ? ''
                      : i === 0 && route.start
                        ? t('visits.day.legFromStart', { km: distance(stop.legKm) })
                        : i === 0
                          ? ''
                          : t('visits.day.leg', { km: distance(stop.legKm) })}
                  </span>
                }
              />
              <div className="route__reorder no-print">
                <button
                  type="button"
                  className="btn btn--ghost btn--icon btn--sm"
                  aria-label={`${t('visits.actions.moveUp')} ${stop.visit.customerName}`}
                  disabled={i === 0}
                  onClick={() => moveStop(i, -1)}
                >
                  <ArrowUpIcon size={14} />
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--icon btn--sm"
                  aria-label={`${t('visits.actions.moveDown')} ${stop.visit.customerName}`}
                  disabled={i === routed.length - 1}
                  onClick={() => moveStop(i, 1)}
                >
                  <ArrowDownIcon size={14} />
                </button>
              </div>
            </li>
          ))}
        </ol>
        {unknown.length > 0 ? (
          <section className="route__unknown" data-testid="route-unknown">
            <h2 className="agenda__day-title">
              <AlertTriangleIcon size={14} />
              {t('visits.day.unknownSection')}
            </h2>
            <p className="muted">{t('visits.day.unknownHint')}</p>
            {unknown.map((stop) => (
              <VisitRow
                key={stop.visit.id}
                visit={stop.visit}
                now={now}
                onComplete={setCompleting}
                lead={<span className="route__num route__num--unknown">?</span>}
                extra={<span className="route__leg">{t('visits.day.unknownPlace')}</span>}
              />
            ))}
          </section>
        ) : null}
        <p className="route__printed print-only">
          {t('visits.day.printedAt', { when: format(now, 'yyyy-MM-dd HH:mm') })}
        </p>
      </div>
    );
  }

  return (
    <div className="page day-plan">
      <header className="page__header">
        <Link to="/visits" className="back-link no-print">
          <ChevronLeftIcon size={14} />
          {t('visits.day.back')}
        </Link>
        <h1 className="page__title">{t('visits.day.title', { day: day(parsed) })}</h1>
        <div className="page__actions no-print">
          <Link
            className="btn btn--icon"
            to={`/visits/day/${dayKey(addDays(parsed, -1))}`}
            aria-label={t('visits.day.prevDay')}
          >
            <ChevronLeftIcon size={14} />
          </Link>
          <Link
            className="btn btn--icon"
            to={`/visits/day/${dayKey(addDays(parsed, 1))}`}
            aria-label={t('visits.day.nextDay')}
          >
            <ChevronRightIcon size={14} />
          </Link>
          <DayPlanPrint date={date} />
        </div>
      </header>
      <div className="page__body">{body}</div>
      {completing ? (
        <CompleteVisitDialog visit={completing} onClose={() => setCompleting(null)} />
      ) : null}
    </div>
  );
}
