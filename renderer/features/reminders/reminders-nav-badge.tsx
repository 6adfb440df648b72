import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/use-date-format';
import { attentionCount, useRemindersStore } from './reminders-store';
import './reminders.css';

/** Overdue + today beside the sidebar's Reminders entry; red while anything is overdue. */
export function RemindersNavBadge() {
  const { t } = useTranslation();
  const counts = useRemindersStore((s) => s.counts);
  const n = attentionCount(counts);
  if (n === 0) return null;
  const overdue = (counts?.overdue ?? 0) > 0;
  return (
    <span
      className={overdue ? 'nav__badge nav__badge--overdue' : 'nav__badge'}
      data-testid="reminders-badge"
      title={`${t('reminders.tabs.overdue')} ${counts?.overdue ?? 0} · ${t('reminders.tabs.today')} ${counts?.today ?? 0}`}
    >
      {formatCount(n)}
    </span>
  );
}
