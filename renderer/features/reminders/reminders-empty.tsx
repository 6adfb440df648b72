import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReminderView } from '../../../shared/domain/reminder';
import { BellIcon, CheckIcon, PlusIcon, SettingsIcon } from '../../ui/icons';

/**
 * An empty view says why it is empty and teaches what reminders are and how rules make them,
 * with the two ways to get some: add one, or switch on the automatic rules.
 */
export function RemindersEmpty({ view, onAdd }: { view: ReminderView; onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="empty" data-testid="reminders-empty">
      <div className={view === 'overdue' ? 'empty__icon empty__icon--success' : 'empty__icon'}>
        {view === 'overdue' ? <CheckIcon size={28} /> : <BellIcon size={28} />}
      </div>
      <h2 className="empty__title">{t(`reminders.empty.${view}.title`)}</h2>
      <p className="empty__text">{t(`reminders.empty.${view}.text`)}</p>
      <RemindersPrimer onAdd={onAdd} />
    </div>
  );
}

/** What a reminder is and where they come from; shared with the Today page's empty state. */
export function RemindersPrimer({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="empty__subtitle">{t('reminders.empty.whatTitle')}</h3>
      <ul className="empty__list">
        <li>{t('reminders.empty.what1')}</li>
        <li>{t('reminders.empty.what2')}</li>
        <li>{t('reminders.empty.what3')}</li>
      </ul>
      <div className="empty__actions">
        <button type="button" className="btn btn--primary" onClick={onAdd}>
          <PlusIcon />
          {t('reminders.add')}
        </button>
        <Link to="/settings#reminder-rules" className="btn">
          <SettingsIcon />
          {t('reminders.empty.openRules')}
        </Link>
      </div>
    </>
  );
}
