import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../../ui/icons';
import { ReminderForm } from '../../reminders/reminder-form';
import { ReminderList } from '../../reminders/reminder-list';
import { useReminderList } from '../../reminders/use-reminder-list';
import { Section } from './info-sections';

// A customer rarely has many reminders; the first page of each view is all this section shows.
const PER_VIEW = 20;

/** The customer's open reminders (overdue first) with a button to plan the next follow-up. */
export function CustomerReminders({ customerId, name }: { customerId: string; name: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [showDone, setShowDone] = useState(false);
  const overdue = useReminderList('overdue', customerId, PER_VIEW);
  const today = useReminderList('today', customerId, PER_VIEW);
  const upcoming = useReminderList('upcoming', customerId, PER_VIEW);
  const done = useReminderList('done', customerId, PER_VIEW);
  const open = [...overdue.items, ...today.items, ...upcoming.items];
  const loading = overdue.loading || today.loading || upcoming.loading;

  return (
    <Section
      title={t('reminders.customer.title')}
      testId="customer-reminders"
      actions={
        <>
          {done.items.length > 0 ? (
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              aria-pressed={showDone}
              onClick={() => setShowDone((v) => !v)}
            >
              {showDone ? t('reminders.customer.doneHide') : t('reminders.customer.doneToggle')}
            </button>
          ) : null}
          <button
            type="button"
            className="btn btn--sm btn--primary"
            onClick={() => setAdding(true)}
          >
            <PlusIcon size={14} />
            {t('reminders.customer.add')}
          </button>
        </>
      }
    >
      {!loading && open.length === 0 && !showDone ? (
        <p className="muted section__empty">{t('reminders.customer.empty')}</p>
      ) : null}
      <ReminderList
        label={t('reminders.customer.title')}
        showCustomer={false}
        testId="customer-reminder-list"
        groups={[
          { key: 'open', items: open },
          ...(showDone
            ? [{ key: 'done', title: t('reminders.tabs.done'), items: done.items }]
            : []),
        ]}
      />
      {adding ? (
        <ReminderForm customer={{ id: customerId, name }} onClose={() => setAdding(false)} />
      ) : null}
    </Section>
  );
}
