import { Fragment, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../shared/domain/reminder';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CompleteDialog } from './complete-dialog';
import { ReminderForm } from './reminder-form';
import { ReminderRow, type RowCommand, type RowMenu } from './reminder-row';
import { SnoozeDialog } from './snooze-dialog';
import { useReminderActions } from './use-reminder-actions';
import { useListHotkeys } from './use-list-hotkeys';
import './reminders.css';

export interface ReminderGroup {
  key: string;
  title?: ReactNode;
  items: Reminder[];
  footer?: ReactNode;
}

type Dialog = { kind: 'snooze' | 'complete' | 'remove' | 'edit'; reminder: Reminder };

interface ReminderListProps {
  groups: ReminderGroup[];
  label: string;
  showCustomer?: boolean;
  /** Page-wide J/K/C/S/E keys; only one list on a screen should take them. */
  hotkeys?: boolean;
  testId?: string;
}

/**
 * Reminders as rows you can work through: mouse on every row, and from the keyboard J/K or ↑/↓
 * to move, C or Enter to complete, S for the snooze menu, E to edit, Delete to remove.
 */
export function ReminderList({
  groups,
  label,
  showCustomer = true,
  hotkeys = false,
  testId = 'reminder-list',
}: ReminderListProps) {
  const { t } = useTranslation();
  const { complete, snooze, remove } = useReminderActions();
  const items = groups.flatMap((g) => g.items);
  const [selection, setSelection] = useState<{ id: string; index: number } | null>(null);
  const [menu, setMenu] = useState<{ id: string; kind: RowMenu } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());

  // Keep a selection while rows come and go: after completing a row the next one takes its place.
  const found = selection ? items.findIndex((r) => r.id === selection.id) : -1;
  const selectedIndex =
    found >= 0 ? found : items.length > 0 ? Math.min(selection?.index ?? 0, items.length - 1) : -1;
  const selected = items[selectedIndex] ?? null;
  const select = (reminder: Reminder) =>
    setSelection({ id: reminder.id, index: items.indexOf(reminder) });

  function focusRow(reminder: Reminder | undefined) {
    if (!reminder) return;
    select(reminder);
    const el = rowRefs.current.get(reminder.id);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }

  function run(reminder: Reminder, command: RowCommand) {
    setMenu(null);
    select(reminder);
    const restoreFocus = () => rowRefs.current.get(reminder.id)?.focus();
    switch (command.kind) {
      case 'complete':
        void complete(reminder).then(() => restoreFocus());
        return;
      case 'snooze':
        void snooze(reminder, command.until).then(() => restoreFocus());
        return;
      case 'snoozeCustom':
        setDialog({ kind: 'snooze', reminder });
        return;
      case 'completeWithNote':
        setDialog({ kind: 'complete', reminder });
        return;
      case 'edit':
        setDialog({ kind: 'edit', reminder });
        return;
      case 'remove':
        setDialog({ kind: 'remove', reminder });
        return;
    }
  }

  useListHotkeys(hotkeys && !dialog && !menu, (key) => {
    const open = selected && selected.status === 'open' ? selected : null;
    switch (key) {
      case 'j':
      case 'ArrowDown':
        focusRow(items[Math.min(items.length - 1, selectedIndex + 1)]);
        return true;
      case 'k':
      case 'ArrowUp':
        focusRow(items[Math.max(0, selectedIndex - 1)]);
        return true;
      case 'Home':
        focusRow(items[0]);
        return true;
      case 'End':
        focusRow(items[items.length - 1]);
        return true;
      case 'c':
      case 'Enter':
        if (open) run(open, { kind: 'complete' });
        return open !== null;
      case 's':
        if (open) setMenu({ id: open.id, kind: 'snooze' });
        return open !== null;
      case 'e':
        if (open) run(open, { kind: 'edit' });
        return open !== null;
      case 'Delete':
        if (selected) run(selected, { kind: 'remove' });
        return selected !== null;
      default:
        return false;
    }
  });

  const offsets = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.items.length, 0));
  return (
    <div className="reminder-list" data-testid={testId}>
      {groups.map((group, groupIndex) => (
        <Fragment key={group.key}>
          {group.title ? <h2 className="reminder-list__group">{group.title}</h2> : null}
          {group.items.length > 0 ? (
            <ul className="reminder-list__rows" aria-label={label}>
              {group.items.map((r, i) => {
                const rowIndex = (offsets[groupIndex] ?? 0) + i;
                return (
                  <ReminderRow
                    key={r.id}
                    ref={(el) => {
                      if (el) rowRefs.current.set(r.id, el);
                      else rowRefs.current.delete(r.id);
                    }}
                    reminder={r}
                    index={rowIndex}
                    selected={rowIndex === selectedIndex}
                    showCustomer={showCustomer}
                    menu={menu?.id === r.id ? menu.kind : null}
                    onSelect={() => select(r)}
                    onMenu={(kind) => {
                      setMenu(kind ? { id: r.id, kind } : null);
                      if (!kind) rowRefs.current.get(r.id)?.focus();
                    }}
                    onCommand={(command) => run(r, command)}
                  />
                );
              })}
            </ul>
          ) : null}
          {group.footer}
        </Fragment>
      ))}
      {dialog?.kind === 'snooze' ? (
        <SnoozeDialog reminder={dialog.reminder} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'complete' ? (
        <CompleteDialog reminder={dialog.reminder} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <ReminderForm existing={dialog.reminder} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'remove' ? (
        <ConfirmDialog
          title={t('reminders.remove.title')}
          body={t('reminders.remove.body', { title: dialog.reminder.title })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const target = dialog.reminder;
            setDialog(null);
            void remove(target);
          }}
        />
      ) : null}
    </div>
  );
}
