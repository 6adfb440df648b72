import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isSameDay, parseISO } from 'date-fns';
import type { Visit } from '../../../shared/domain/visit';
import { dayKey } from './visit-dates';
import { viewStatus } from './visit-status';
import { VisitRow } from './visit-row';
import { useVisitFormat } from './use-visit-format';

interface AgendaListProps {
  days: Date[];
  visits: Visit[];
  now: Date;
  onComplete: (visit: Visit) => void;
}

/** The week as a list: missed visits first (they need a decision), then day by day. */
export function AgendaList({ days, visits, now, onComplete }: AgendaListProps) {
  const { t } = useTranslation();
  const { day } = useVisitFormat();
  const missed = visits.filter((v) => viewStatus(v, now) === 'missed');
  const byTime = (a: Visit, b: Visit) => a.plannedAt.localeCompare(b.plannedAt);

  return (
    <div className="agenda" data-testid="agenda">
      {missed.length ? (
        <section data-testid="agenda-missed">
          <h2 className="agenda__day-title">
            <span className="today__dot today__dot--overdue" aria-hidden="true" />
            {t('visits.agenda.missed')}
          </h2>
          <p className="muted agenda__hint">{t('visits.agenda.missedHint')}</p>
          {missed.sort(byTime).map((v) => (
            <VisitRow key={v.id} visit={v} now={now} onComplete={onComplete} />
          ))}
        </section>
      ) : null}
      {days.map((d) => {
        const own = visits
          .filter((v) => isSameDay(parseISO(v.plannedAt), d) && viewStatus(v, now) !== 'missed')
          .sort(byTime);
        const isToday = isSameDay(d, now);
        if (!own.length && !isToday) return null;
        return (
          <section key={dayKey(d)} data-testid={`agenda-day-${dayKey(d)}`}>
            <h2 className="agenda__day-title">
              {isToday ? `${t('visits.agenda.today')} · ` : ''}
              {day(d)}
              {own.length ? (
                <Link to={`/visits/day/${dayKey(d)}`}>{t('visits.actions.openDay')} →</Link>
              ) : null}
            </h2>
            {own.length ? (
              own.map((v) => <VisitRow key={v.id} visit={v} now={now} onComplete={onComplete} />)
            ) : (
              <p className="agenda__none">{t('visits.agenda.none')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
