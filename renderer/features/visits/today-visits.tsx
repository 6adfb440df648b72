import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Visit } from '../../../shared/domain/visit';
import { CompleteVisitDialog } from './complete-visit-dialog';
import { dayKey } from './visit-dates';
import { VisitRow } from './visit-row';
import { useRoute } from './use-route';
import './visits.css';

/** Today's visits in route order on the Today page; hidden when there are none. */
export function TodayVisits() {
  const { t } = useTranslation();
  const now = new Date();
  const { route } = useRoute(dayKey(now));
  const [completing, setCompleting] = useState<Visit | null>(null);
  if (!route || route.stops.length === 0) return null;
  return (
    <section className="today-visits" data-testid="today-visits">
      <h2 className="agenda__day-title">
        <span className="today__dot" aria-hidden="true" />
        {t('visits.today.title')}
        <span className="muted">{route.stops.length}</span>
        <Link to={`/visits/day/${dayKey(now)}`}>{t('visits.today.route')} →</Link>
      </h2>
      {route.stops.map((s) => (
        <VisitRow key={s.visit.id} visit={s.visit} now={now} onComplete={setCompleting} />
      ))}
      {completing ? (
        <CompleteVisitDialog visit={completing} onClose={() => setCompleting(null)} />
      ) : null}
    </section>
  );
}
