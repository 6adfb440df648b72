import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ArrowsTransferIcon,
  BellIcon,
  MapPinIcon,
  SettingsIcon,
  SunIcon,
  TrashIcon,
  UsersIcon,
} from '../ui/icons';
import { Toasts } from '../ui/toasts';
import { CustomerFormHost } from '../features/customers/form/customer-form-host';
import { JobsPanel } from './jobs-panel';
import { useGlobalHotkeys } from './use-global-hotkeys';
import { RemindersNavBadge } from '../features/reminders/reminders-nav-badge';
import { useReminderEvents } from '../features/reminders/use-reminder-events';

export function Layout() {
  const { t } = useTranslation();
  useGlobalHotkeys();
  useReminderEvents();
  const navClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? 'nav__link nav__link--active' : 'nav__link';

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            脉
          </span>
          <span className="brand__text">
            <span className="brand__name">客脉</span>
            <span className="brand__latin">Kemai</span>
          </span>
        </div>
        <nav className="nav" aria-label={t('nav.main')}>
          <NavLink to="/today" className={navClass}>
            <SunIcon />
            {t('nav.today')}
          </NavLink>
          <NavLink to="/reminders" className={navClass}>
            <BellIcon />
            {t('nav.reminders')}
            <RemindersNavBadge />
          </NavLink>
          <NavLink to="/visits" className={navClass}>
            <MapPinIcon />
            {t('nav.visits')}
          </NavLink>
          <NavLink to="/customers" className={navClass}>
            <UsersIcon />
            {t('nav.customers')}
          </NavLink>
          <NavLink to="/import" className={navClass}>
            <ArrowsTransferIcon />
            {t('nav.data')}
          </NavLink>
          <NavLink to="/trash" className={navClass}>
            <TrashIcon />
            {t('nav.trash')}
          </NavLink>
          <NavLink to="/settings" className={navClass}>
            <SettingsIcon />
            {t('nav.settings')}
          </NavLink>
        </nav>
        <div className="sidebar__footer">
          <JobsPanel />
          <div className="sidebar__hint">
            <kbd>/</kbd> {t('nav.search')} · <kbd>N</kbd> {t('customers.new')}
          </div>
        </div>
      </aside>
      <main className="content">
        <Outlet />
      </main>
      <CustomerFormHost />
      <Toasts />
    </div>
  );
}
