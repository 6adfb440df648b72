import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, addWeeks } from 'date-fns';
import type { Visit } from '../../../shared/domain/visit';
import {
  CalendarIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  DownloadIcon,
  PlusIcon,
  SparklesIcon,
} from '../../ui/icons';
import { useErrorText } from '../../ui/use-report-error';
import { AgendaList } from './agenda-list';
import { CompleteVisitDialog } from './complete-visit-dialog';
import { ExportIcsDialog } from './export-ics-dialog';
import { PlanVisitDialog } from './plan-visit-dialog';
import { SuggestionsPanel } from './suggestions-panel';
import { dayKey, dayRange, parseDayKey, weekDays, weekStart } from './visit-dates';
import { useVisitFormat } from './use-visit-format';
import { useVisits } from './use-visits';
import { VisitsEmpty } from './visits-empty';
import { WeekCalendar } from './week-calendar';
import '../today/today.css';
import './visits.css';

type View = 'agenda' | 'week';

/** Agenda and week calendar for one week, with suggestions and calendar export beside. */
export function VisitsScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { shortDay } = useVisitFormat();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'week' ? 'week' : 'agenda';
  const now = new Date();
  const start = weekStart(parseDayKey(params.get('week') ?? '') ?? now);
  const days = weekDays(start);
  // The agenda also looks a week back so missed visits can be rescheduled from here.
  const { from, to } = dayRange(
    view === 'agenda' ? addDays(start, -7) : start,
    view === 'agenda' ? 14 : 7,
  );
  const { items, loading, error } = useVisits(from, to);
  const [planning, setPlanning] = useState(false);
  const [completing, setCompleting] = useState<Visit | null>(null);
  const [exporting, setExporting] = useState(false);
  const [suggesting, setSuggesting] = useState(params.get('suggest') === '1');

  const update = (patch: Record<string, string>) =>
    setParams({ ...Object.fromEntries(params), ...patch }, { replace: true });
  const goWeek = (weeks: number) => update({ week: dayKey(addWeeks(start, weeks)) });

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
  } else if (loading) {
    body = (
      <div className="list-loading">
        <span className="spinner" /> {t('common.loading')}
      </div>
    );
  } else if (view === 'week') {
    body = <WeekCalendar days={days} visits={items} now={now} />;
  } else if (items.length === 0) {
    body = <VisitsEmpty onPlan={() => setPlanning(true)} />;
  } else {
    body = <AgendaList days={days} visits={items} now={now} onComplete={setCompleting} />;
  }

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">{t('visits.title')}</h1>
          <p className="page__subtitle">{t('visits.subtitle')}</p>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="btn"
            aria-pressed={suggesting}
            onClick={() => setSuggesting((v) => !v)}
          >
            <SparklesIcon size={14} />
            {t('visits.actions.suggestions')}
          </button>
          <button type="button" className="btn" onClick={() => setExporting(true)}>
            <DownloadIcon size={14} />
            {t('visits.actions.exportIcs')}
          </button>
          <button type="button" className="btn btn--primary" onClick={() => setPlanning(true)}>
            <PlusIcon size={14} />
            {t('visits.plan')}
          </button>
        </div>
      </header>
      <div className="visits-toolbar">
        <div className="segmented" role="radiogroup" aria-label={t('visits.views.label')}>
          {(['agenda', 'week'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={view === v}
              className="segmented__option"
              onClick={() => update({ view: v })}
            >
              {t(`visits.views.${v}`)}
            </button>
          ))}
        </div>
        <span className="visits-toolbar__spacer" />
        <button
          type="button"
          className="btn btn--icon"
          aria-label={t('visits.week.prev')}
          onClick={() => goWeek(-1)}
        >
          <ChevronLeftIcon size={14} />
        </button>
        <span className="visits-toolbar__range" data-testid="week-range">
          {t('visits.week.label', {
            from: shortDay(days[0] ?? start),
            to: shortDay(days[6] ?? start),
          })}
        </span>
        <button
          type="button"
          className="btn btn--icon"
          aria-label={t('visits.week.next')}
          onClick={() => goWeek(1)}
        >
          <ChevronRightIcon size={14} />
        </button>
        <button type="button" className="btn btn--sm" onClick={() => update({ week: dayKey(now) })}>
          <CalendarIcon size={14} />
          {t('visits.week.thisWeek')}
        </button>
        <span className="visits-toolbar__spacer" />
        <span className="list-hint">{view === 'week' ? t('visits.keyboardHint') : ''}</span>
      </div>
      <div className="visits-main">
        <div className="page__body">{body}</div>
        {suggesting ? <SuggestionsPanel onClose={() => setSuggesting(false)} /> : null}
      </div>
      {planning ? <PlanVisitDialog customers={[]} onClose={() => setPlanning(false)} /> : null}
      {completing ? (
        <CompleteVisitDialog visit={completing} onClose={() => setCompleting(null)} />
      ) : null}
      {exporting ? (
        <ExportIcsDialog from={start} to={addDays(start, 6)} onClose={() => setExporting(false)} />
      ) : null}
    </div>
  );
}
