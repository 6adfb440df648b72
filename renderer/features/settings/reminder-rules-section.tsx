import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REMINDER_RULES } from '../../../shared/domain/reminder';
import { api } from '../../lib/api';
import { toApiError } from '../../lib/api-error';
import { useToastStore } from '../../stores/toast-store';
import { useErrorText, useReportError } from '../../ui/use-report-error';
import { useRemindersStore } from '../reminders/reminders-store';
import {
  checkDraft,
  issuesToRulesErrors,
  toDraft,
  type RulesDraft,
  type RulesErrors,
} from './reminder-rules-draft';
import { NoContactRule } from './no-contact-rule';
import { NumberInput, Rule } from './rule-parts';
import './reminder-rules.css';

/** Settings card for the automatic reminder rules: each rule on/off with its numbers. */
export function ReminderRulesSection() {
  const { t } = useTranslation();
  const location = useLocation();
  const show = useToastStore((s) => s.show);
  const changed = useRemindersStore((s) => s.changed);
  const reportError = useReportError();
  const errorText = useErrorText();
  const ref = useRef<HTMLElement>(null);
  const [saved, setSaved] = useState<RulesDraft | null>(null);
  const [draft, setDraft] = useState<RulesDraft | null>(null);
  const [errors, setErrors] = useState<RulesErrors>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.reminders
      .getRules(undefined)
      .then((rules) => {
        setSaved(toDraft(rules));
        setDraft(toDraft(rules));
      })
      .catch(setLoadError);
  }, []);

  // "Set up automatic rules" links here from the reminder screens.
  useEffect(() => {
    if (location.hash === '#reminder-rules' && draft) ref.current?.scrollIntoView();
  }, [location.hash, draft]);

  const update = (patch: Partial<RulesDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setErrors({});
  };

  async function save() {
    if (!draft) return;
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const rules = await api.reminders.updateRules(checked.patch);
      setSaved(toDraft(rules));
      setDraft(toDraft(rules));
      show({ tone: 'info', title: t('reminders.rules.saved') });
      changed();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'VALIDATION' && apiError.issues.length) {
        setErrors(issuesToRulesErrors(apiError.issues));
      } else reportError(error);
    } finally {
      setSaving(false);
    }
  }

  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const firstError = Object.values(errors)[0];

  return (
    <section
      className="settings__card"
      id="reminder-rules"
      ref={ref}
      aria-labelledby="reminder-rules-heading"
      data-testid="reminder-rules"
    >
      <h2 className="settings__heading" id="reminder-rules-heading">
        {t('reminders.rules.title')}
      </h2>
      <p className="settings__hint">{t('reminders.rules.hint')}</p>
      {loadError ? (
        <p className="field__error" role="alert">
          {t('reminders.rules.loadError')} — {errorText(loadError).help}
        </p>
      ) : null}
      {draft ? (
        <div className="rules">
          <NoContactRule draft={draft} errors={errors} update={update} />
          <Rule
            id="birthdays"
            label={t('reminders.rules.birthdays.label')}
            hint={t('reminders.rules.birthdays.hint')}
            enabled={draft.birthdaysEnabled}
            onToggle={(on) => update({ birthdaysEnabled: on })}
          >
            <span className="rule__inline">
              {t('reminders.rules.birthdays.daysBefore')}
              <NumberInput
                name="birthdayDays"
                label={t('reminders.rules.birthdays.daysBefore')}
                value={draft.birthdayDays}
                disabled={!draft.birthdaysEnabled}
                error={errors['birthdays.daysBefore']}
                onChange={(birthdayDays) => update({ birthdayDays })}
              />
              {t('reminders.rules.birthdays.days')}
            </span>
          </Rule>
          <Rule
            id="visitFollowUp"
            label={t('reminders.rules.visitFollowUp.label')}
            hint={t('reminders.rules.visitFollowUp.hint')}
            enabled={draft.visitEnabled}
            onToggle={(on) => update({ visitEnabled: on })}
          >
            <span className="rule__inline">
              {t('reminders.rules.visitFollowUp.after')}
              <NumberInput
                name="visitDays"
                label={t('reminders.rules.visitFollowUp.after')}
                value={draft.visitDays}
                disabled={!draft.visitEnabled}
                error={errors['visitFollowUp.days']}
                onChange={(visitDays) => update({ visitDays })}
              />
              {t('reminders.rules.visitFollowUp.days')}
            </span>
          </Rule>
          <div className="rule rule--plain">
            <label className="rule__inline" htmlFor="rules-notify-at">
              <span className="rule__label">{t('reminders.rules.notifyAt')}</span>
            </label>
            <input
              id="rules-notify-at"
              className="input rule__time"
              type="time"
              name="notifyAt"
              aria-invalid={errors.notifyAt ? true : undefined}
              value={draft.notifyAt}
              onChange={(e) => update({ notifyAt: e.target.value })}
            />
            <span className="rule__hint">{t('reminders.rules.notifyAtHint')}</span>
          </div>
          <div className="rules__footer">
            {firstError ? (
              <span className="field__error" role="alert">
                {t(firstError)}
              </span>
            ) : dirty ? (
              <span className="muted">{t('reminders.rules.unsaved')}</span>
            ) : null}
            <button
              type="button"
              className="btn"
              onClick={() => update(toDraft(DEFAULT_REMINDER_RULES))}
            >
              {t('reminders.rules.reset')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={saving || !dirty}
              onClick={() => void save()}
            >
              {t('reminders.rules.save')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
