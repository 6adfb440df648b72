import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { formatCount } from '../../i18n/use-date-format';
import { PlusIcon, SunIcon } from '../../ui/icons';
import { useErrorText } from '../../ui/use-report-error';
import { ReminderForm } from '../reminders/reminder-form';
import { ReminderList, type ReminderGroup } from '../reminders/reminder-list';
import { RemindersPrimer } from '../reminders/reminders-empty';
import { useRemindersStore } from '../reminders/reminders-store';
import { useListHotkeys } from '../reminders/use-list-hotkeys';
import { useReminderList } from '../reminders/use-reminder-list';
import { TodayVisits } from '../visits/today-visits';
import '../reminders/reminders.css';
import './today.css';

// The Today page shows a few overdue items; the rest are one click away on the Reminders page.
const OVERDUE_PREVIEW = 5;

function greetingKey(hour: number): 'morning' | 'afternoon' | 'evening' {
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/** The home page: what needs doing today, overdue first. Visits will join it later. */
export function TodayScreen() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const counts = useRemindersStore((s) => s.counts);
  const overdue = useReminderList('overdue', undefined, OVERDUE_PREVIEW);
  const today = useReminderList('today');
  const [adding, setAdding] = useState(false);
  const now = new Date();
  const zh = i18n.language === 'zh-CN';
  const dateLine = format(now, zh ? 'M月d日 EEEE' : 'EEEE, MMMM d', { locale: zh ? zhCN : enUS });

  useListHotkeys(!adding, (key) => {
    if (key !== 'n') return false;
    setAdding(true);
    return true;
  });

  const overdueTotal = counts?.overdue ?? overdue.items.length;
  const moreOverdue = Math.max(0, overdueTotal - overdue.items.length);
  const groups: ReminderGroup[] = [];
  if (overdue.items.length > 0) {
    groups.push({
      key: 'overdue',
      title: (
        <>
          <span className="today__dot today__dot--overdue" aria-hidden="true" />
          {t('reminders.today.overdueSection')}
          <span className="muted">{formatCount(overdueTotal)}</span>
        </>
      ),
      items: overdue.items,
      footer: moreOverdue ? (
        <Link to="/reminders?view=overdue" className="today__more">
          {t('reminders.today.moreOverdue', { n: moreOverdue })} →
        </Link>
      ) : null,
    });
  }
  if (today.items.length > 0) {
    groups.push({
      key: 'today',
      title: (
        <>
          <span className="today__dot" aria-hidden="true" />
          {t('reminders.today.todaySection')}
          <span className="muted">{formatCount(counts?.today ?? today.items.length)}</span>
        </>
      ),
      items: today.items,
      footer: today.nextCursor ? (
        <Link to="/reminders?view=today" className="today__more">
          {t('reminders.today.moreToday', { n: formatCount(counts?.today ?? today.items.length) })}{' '}
          →
        </Link>
      ) : null,
    });
  }

  const failed = overdue.error ?? today.error;
  let body: React.ReactNode;
  if (failed) {
    const { title, help } = errorText(failed);
    body = (
      <div className="empty" role="alert">
        <h2 className="empty__title">{t('reminders.loadError')}</h2>
        <p className="empty__text">{title}</p>
        <p className="empty__hint">{help}</p>
      </div>
    );
  } else if (overdue.loading || today.loading) {
    body = (
      <div className="list-loading">
        <span className="spinner" /> {t('common.loading')}
      </div>
    );
  } else if (groups.length === 0) {
    body = (
      <div className="empty today__clear" data-testid="today-clear">
        <div className="empty__icon empty__icon--success">
          <SunIcon size={28} />
        </div>
        <h2 className="empty__title">{t('reminders.today.allClear')}</h2>
        <p className="empty__text">{t('reminders.today.allClearText')}</p>
        <RemindersPrimer onAdd={() => setAdding(true)} />
      </div>
    );
  } else {
    body = (
      <ReminderList
        hotkeys
        groups={groups}
        label={t('reminders.today.title')}
        testId="today-list"
      />
    );
  }

  const stats = [
    { view: 'overdue', value: counts?.overdue },
    { view: 'today', value: counts?.today },
    { view: 'upcoming', value: counts?.upcoming },
  ] as const;

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">{t('reminders.today.title')}</h1>
          <p className="page__subtitle">
            {t(`reminders.today.greeting.${greetingKey(now.getHours())}`)} · {dateLine}
          </p>
        </div>
        <div className="page__actions">
          <span className="list-hint">{t('reminders.keyboardHint')}</span>
          <button type="button" className="btn btn--primary" onClick={() => setAdding(true)}>
            <PlusIcon size={14} />
            {t('reminders.add')}
          </button>
        </div>
      </header>
      <div className="page__body today">
        <div className="today__stats">
          {stats.map((s) => (
            <Link
              key={s.view}
              to={`/reminders?view=${s.view}`}
              className={`today__stat today__stat--${s.view}`}
              data-testid={`today-stat-${s.view}`}
              data-active={s.value ? 'true' : undefined}
            >
              <span className="today__stat-value">
                {s.value === undefined ? '–' : formatCount(s.value)}
              </span>
              <span className="today__stat-label">{t(`reminders.today.stat.${s.view}`)}</span>
            </Link>
          ))}
        </div>
        <TodayVisits />
        {body}
      </div>
      {adding ? <ReminderForm onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
