import { forwardRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseISO, startOfDay } from 'date-fns';
import type { Reminder } from '../../../shared/domain/reminder';
import { CheckIcon, ClockIcon, MoreHorizontalIcon, RepeatIcon } from '../../ui/icons';
import { SNOOZE_OPTIONS, resolveSnooze } from './due-shortcuts';
import { PopupMenu, type MenuItem } from './popup-menu';
import { useDueFormat } from './use-due-format';

export type RowMenu = 'snooze' | 'more';
export type RowCommand =
  | { kind: 'complete' }
  | { kind: 'completeWithNote' }
  | { kind: 'snooze'; until: Date }
  | { kind: 'snoozeCustom' }
  | { kind: 'edit' }
  | { kind: 'remove' };

const SOURCE_KEYS: Record<string, string> = {
  visit: 'visit',
  'rule:no-contact': 'noContact',
  'rule:birthday': 'birthday',
  'rule:visit-follow-up': 'visitFollowUp',
};

function sourceKey(source: string): string | null {
  if (source === 'manual') return null;
  return SOURCE_KEYS[source] ?? (source.startsWith('rule:') ? 'rule' : null);
}

interface ReminderRowProps {
  reminder: Reminder;
  index: number;
  selected: boolean;
  showCustomer: boolean;
  menu: RowMenu | null;
  onSelect: () => void;
  onMenu: (menu: RowMenu | null) => void;
  onCommand: (command: RowCommand) => void;
}

export const ReminderRow = forwardRef<HTMLLIElement, ReminderRowProps>(function ReminderRow(
  { reminder: r, index, selected, showCustomer, menu, onSelect, onMenu, onCommand },
  ref,
) {
  const { t } = useTranslation();
  const { fromIso, label, overdueBy, full } = useDueFormat();
  const now = new Date();
  const done = r.status !== 'open';
  const due = parseISO(r.effectiveDueAt).getTime();
  // Red means what the Overdue tab means: due before today. Earlier today is "due now".
  const overdue = !done && due < startOfDay(now).getTime();
  const dueNow = !done && !overdue && due <= now.getTime();
  const source = sourceKey(r.source);

  const snoozeItems: MenuItem[] = [
    ...SNOOZE_OPTIONS.map((option, i) => {
      const until = resolveSnooze(option, now);
      return {
        key: option,
        label: t(`reminders.snooze.${option}`),
        detail: label(until, now),
        accelerator: String(i + 1),
        onSelect: () => onCommand({ kind: 'snooze', until }),
      };
    }),
    {
      key: 'custom',
      label: t('reminders.snooze.custom'),
      accelerator: String(SNOOZE_OPTIONS.length + 1),
      onSelect: () => onCommand({ kind: 'snoozeCustom' }),
    },
  ];
  const moreItems: MenuItem[] = [
    ...(done
      ? []
      : [
          {
            key: 'edit',
            label: t('reminders.actions.edit'),
            accelerator: 'E',
            onSelect: () => onCommand({ kind: 'edit' }),
          },
          {
            key: 'completeWithNote',
            label: t('reminders.actions.completeWithNote'),
            onSelect: () => onCommand({ kind: 'completeWithNote' }),
          },
        ]),
    {
      key: 'remove',
      label: t('reminders.actions.remove'),
      danger: true,
      onSelect: () => onCommand({ kind: 'remove' }),
    },
  ];

  const dueText = done
    ? r.completedAt
      ? t('reminders.due.completedAt', { when: fromIso(r.completedAt) })
      : fromIso(r.dueAt)
    : fromIso(r.effectiveDueAt);
  const dueHint = done
    ? null
    : overdue
      ? overdueBy(r.effectiveDueAt, now)
      : dueNow
        ? t('reminders.due.dueNow')
        : r.snoozedUntil
          ? t('reminders.due.snoozedFrom', { when: fromIso(r.dueAt) })
          : null;

  return (
    <li
      ref={ref}
      id={`reminder-${r.id}`}
      className={[
        'reminder',
        selected ? 'reminder--selected' : '',
        overdue ? 'reminder--overdue' : '',
        dueNow ? 'reminder--due-now' : '',
        done ? 'reminder--done' : '',
      ].join(' ')}
      data-testid="reminder"
      data-reminder-index={index}
      tabIndex={selected ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onSelect();
      }}
      onPointerDown={onSelect}
    >
      <button
        type="button"
        className="reminder__check"
        aria-label={t('reminders.actions.completeNamed', { title: r.title })}
        title={t('reminders.actions.complete')}
        disabled={done}
        onClick={() => onCommand({ kind: 'complete' })}
      >
        <CheckIcon size={13} />
      </button>
      <div className="reminder__main">
        <div className="reminder__title">
          <span className="reminder__title-text">{r.title}</span>
          {r.priority === 'high' ? (
            <span className="badge badge--priority">{t('reminders.priorityHigh')}</span>
          ) : null}
        </div>
        <div className="reminder__meta">
          {showCustomer ? (
            <Link
              to={`/customers/${r.customerId}`}
              className="reminder__customer"
              tabIndex={selected ? 0 : -1}
              aria-label={t('reminders.actions.openCustomer', { name: r.customerName })}
            >
              {r.customerName}
            </Link>
          ) : null}
          {r.repeat !== 'none' ? (
            <span className="reminder__chip">
              <RepeatIcon size={11} />
              {t(`reminders.repeat.${r.repeat}`)}
            </span>
          ) : null}
          {source ? (
            <span className="badge badge--accent">{t(`reminders.source.${source}`)}</span>
          ) : null}
          {r.notes ? <span className="reminder__notes">{r.notes}</span> : null}
        </div>
      </div>
      <div className="reminder__due">
        <time dateTime={r.effectiveDueAt} title={full(r.effectiveDueAt)} data-testid="reminder-due">
          {dueText}
        </time>
        {dueHint ? <span className="reminder__due-hint">{dueHint}</span> : null}
      </div>
      <div className="reminder__actions">
        {done ? null : (
          <div className="reminder__menu-anchor">
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              aria-haspopup="menu"
              aria-expanded={menu === 'snooze'}
              tabIndex={selected ? 0 : -1}
              onClick={() => onMenu(menu === 'snooze' ? null : 'snooze')}
            >
              <ClockIcon size={13} />
              {t('reminders.actions.snooze')}
            </button>
            {menu === 'snooze' ? (
              <PopupMenu
                label={t('reminders.snooze.menuLabel')}
                items={snoozeItems}
                onClose={() => onMenu(null)}
                testId="snooze-menu"
              />
            ) : null}
          </div>
        )}
        <div className="reminder__menu-anchor">
          <button
            type="button"
            className="btn btn--ghost btn--icon btn--sm"
            aria-haspopup="menu"
            aria-expanded={menu === 'more'}
            aria-label={t('reminders.actions.more')}
            tabIndex={selected ? 0 : -1}
            onClick={() => onMenu(menu === 'more' ? null : 'more')}
          >
            <MoreHorizontalIcon size={14} />
          </button>
          {menu === 'more' ? (
            <PopupMenu
              label={t('reminders.actions.more')}
              items={moreItems}
              onClose={() => onMenu(null)}
              testId="more-menu"
            />
          ) : null}
        </div>
      </div>
    </li>
  );
});
