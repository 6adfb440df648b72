import './reminder-form.css';
import { isSameDay } from 'date-fns';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangleIcon } from '../../ui/icons';
import { DUE_SHORTCUTS, fromLocalInput, resolveShortcut, toLocalInput } from './due-shortcuts';
import { useDueFormat } from './use-due-format';

interface DueInputProps {
  /** `datetime-local` value in local time. */
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Already translated. */
  error: string | null;
  /** Flag a time in the past (allowed, but the user should know). */
  warnPast: boolean;
}

/** Date shortcuts with their resolved times, a date-time picker, and the past-time flag. */
export function DueInput({ value, onChange, onBlur, error, warnPast }: DueInputProps) {
  const { t } = useTranslation();
  const { label } = useDueFormat();
  const id = useId();
  const now = new Date();
  const chosen = fromLocalInput(value);
  const inPast = warnPast && chosen !== null && chosen.getTime() < now.getTime();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('reminders.form.when')}
        <span className="field__required" aria-hidden="true">
          *
        </span>
      </label>
      <div className="due-shortcuts" role="group" aria-label={t('reminders.form.shortcuts')}>
        {DUE_SHORTCUTS.map((shortcut) => {
          const when = resolveShortcut(shortcut, now);
          const local = toLocalInput(when);
          return (
            <button
              key={shortcut}
              type="button"
              className="due-shortcut"
              aria-pressed={local === value}
              data-shortcut={shortcut}
              onClick={() => onChange(local)}
            >
              <span className="due-shortcut__name">
                {/* After 18:00 "this evening" means tomorrow's: say so. */}
                {shortcut === 'todayEvening' && !isSameDay(when, now)
                  ? t('reminders.shortcut.tomorrowEvening')
                  : t(`reminders.shortcut.${shortcut}`)}
              </span>
              <span className="due-shortcut__time">{label(when, now)}</span>
            </button>
          );
        })}
      </div>
      <input
        id={id}
        className="input due-input"
        type="datetime-local"
        name="dueAt"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : inPast ? warningId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {error ? (
        <div className="field__error" id={errorId} role="alert">
          {error}
        </div>
      ) : inPast ? (
        <div className="field__warning" id={warningId} role="status" data-testid="due-past-warning">
          <AlertTriangleIcon size={13} />
          {t('reminders.form.pastWarning')}
        </div>
      ) : null}
    </div>
  );
}
