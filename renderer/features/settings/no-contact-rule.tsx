import { useTranslation } from 'react-i18next';
import { TIERS } from '../../../shared/domain/enums';
import type { RulesDraft, RulesErrors } from './reminder-rules-draft';
import { NumberInput, Rule } from './rule-parts';

/** "No contact for N days": a threshold per tier and how many follow-ups a day at most. */
export function NoContactRule(props: {
  draft: RulesDraft;
  errors: RulesErrors;
  update: (patch: Partial<RulesDraft>) => void;
}) {
  const { t } = useTranslation();
  const { draft, errors, update } = props;
  return (
    <Rule
      id="noContact"
      label={t('reminders.rules.noContact.label')}
      hint={t('reminders.rules.noContact.hint')}
      enabled={draft.noContactEnabled}
      onToggle={(on) => update({ noContactEnabled: on })}
    >
      <div className="rule__tiers">
        {TIERS.map((tier) => {
          const state = draft.tiers[tier];
          const setTier = (next: Partial<typeof state>) =>
            update({ tiers: { ...draft.tiers, [tier]: { ...state, ...next } } });
          return (
            <div key={tier} className="rule__tier">
              <label className="checkbox">
                <input
                  type="checkbox"
                  name={`tier-${tier}`}
                  checked={state.on}
                  disabled={!draft.noContactEnabled}
                  onChange={(e) => setTier({ on: e.target.checked })}
                />
                <span className={`badge badge--tier-${tier}`}>{t(`enums.tier.${tier}`)}</span>
              </label>
              {state.on ? (
                <span className="rule__inline">
                  <NumberInput
                    name={`days-${tier}`}
                    label={t(`enums.tier.${tier}`)}
                    value={state.days}
                    disabled={!draft.noContactEnabled}
                    error={errors[`noContact.days.${tier}`]}
                    onChange={(days) => setTier({ days })}
                  />
                  {t('reminders.rules.noContact.days')}
                </span>
              ) : (
                <span className="muted">{t('reminders.rules.noContact.tierOff')}</span>
              )}
            </div>
          );
        })}
      </div>
      <span className="rule__inline rule__limit">
        <label className="checkbox">
          <input
            type="checkbox"
            name="limit-on"
            checked={draft.limitOn}
            disabled={!draft.noContactEnabled}
            onChange={(e) => update({ limitOn: e.target.checked })}
          />
          {t('reminders.rules.noContact.limitBefore')}
        </label>
        <NumberInput
          name="daily-limit"
          label={t('reminders.rules.noContact.limitLabel')}
          value={draft.limit}
          disabled={!draft.noContactEnabled || !draft.limitOn}
          error={errors['noContact.dailyLimit']}
          onChange={(limit) => update({ limit })}
        />
        {t('reminders.rules.noContact.limitAfter')}
      </span>
      <span className="rule__hint">{t('reminders.rules.noContact.limitHint')}</span>
    </Rule>
  );
}
