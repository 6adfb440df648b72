import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REMINDER_VIEWS, type ReminderView } from '../../../shared/domain/reminder';
import { formatCount } from '../../i18n/use-date-format';
import { PlusIcon } from '../../ui/icons';
import { useErrorText } from '../../ui/use-report-error';
import { ReminderForm } from './reminder-form';
import { ReminderList } from './reminder-list';
import { RemindersEmpty } from './reminders-empty';
import { useRemindersStore } from './reminders-store';
import { useListHotkeys } from './use-list-hotkeys';
import { useReminderList } from './use-reminder-list';
import './reminders.css';

function isView(value: string | null): value is ReminderView {
  return (REMINDER_VIEWS as readonly string[]).includes(value ?? '');
}

export function RemindersScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const requested = params.get('view');
  const view: ReminderView = isView(requested) ? requested : 'today';
  const counts = useRemindersStore((s) => s.counts);
  const list = useReminderList(view);
  const [adding, setAdding] = useState(false);

  const setView = (next: ReminderView) => setParams({ view: next }, { replace: true });

  useListHotkeys(!adding, (key) => {
    if (key === 'n') {
      setAdding(true);
      return true;
    }
    // 1–4 switch tabs, in the order they are shown.
    const tab = REMINDER_VIEWS[Number(key) - 1];
    if (/^[1-4]$/.test(key) && tab) {
      setView(tab);
      return true;
    }
    return false;
  });

  function onTabKey(e: React.KeyboardEvent) {
    const index = REMINDER_VIEWS.indexOf(view);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = REMINDER_VIEWS[(index + step + REMINDER_VIEWS.length) % REMINDER_VIEWS.length];
    if (next) {
      setView(next);
      document.getElementById(`reminders-tab-${next}`)?.focus();
    }
  }

  let body: React.ReactNode;
  if (list.error) {
    const { title, help } = errorText(list.error);
    body = (
      <div className="empty" role="alert">
        <h2 className="empty__title">{t('reminders.loadError')}</h2>
        <p className="empty__text">{title}</p>
        <p className="empty__hint">{help}</p>
      </div>
    );
  } else if (list.loading) {
    body = (
      <div className="list-loading">
        <span className="spinner" /> {t('common.loading')}
      </div>
    );
  } else if (list.items.length === 0) {
    body = <RemindersEmpty view={view} onAdd={() => setAdding(true)} />;
  } else {
    body = (
      <ReminderList
        hotkeys
        label={t(`reminders.tabs.${view}`)}
        groups={[
          {
            key: view,
            items: list.items,
            footer: list.nextCursor ? (
              <button
                type="button"
                className="btn reminder-list__more"
                onClick={list.loadMore}
                disabled={list.loadingMore}
              >
                {list.loadingMore ? <span className="spinner" /> : null}
                {t('reminders.loadMore')}
              </button>
            ) : null,
          },
        ]}
      />
    );
  }

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">{t('reminders.title')}</h1>
          <p className="page__subtitle">{t('reminders.subtitle')}</p>
        </div>
        <div className="page__actions">
          <span className="list-hint">{t('reminders.keyboardHint')}</span>
          <button type="button" className="btn btn--primary" onClick={() => setAdding(true)}>
            <PlusIcon size={14} />
            {t('reminders.add')}
          </button>
        </div>
      </header>
      <div className="reminder-tabs" role="tablist" aria-label={t('reminders.tabsLabel')}>
        {REMINDER_VIEWS.map((v) => {
          const count = v === 'done' ? null : (counts?.[v] ?? null);
          return (
            <button
              key={v}
              id={`reminders-tab-${v}`}
              type="button"
              role="tab"
              aria-selected={v === view}
              aria-controls="reminders-panel"
              tabIndex={v === view ? 0 : -1}
              className={`reminder-tab reminder-tab--${v}`}
              onClick={() => setView(v)}
              onKeyDown={onTabKey}
            >
              {t(`reminders.tabs.${v}`)}
              {count ? (
                <span className="reminder-tab__count" data-testid={`count-${v}`}>
                  {formatCount(count)}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <div
        className="page__body reminders-body"
        id="reminders-panel"
        role="tabpanel"
        aria-labelledby={`reminders-tab-${view}`}
      >
        {body}
      </div>
      {adding ? <ReminderForm onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
