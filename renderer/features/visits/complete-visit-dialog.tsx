import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { Field } from '../../ui/form-field';
import { Modal } from '../../ui/modal';
import { DueInput } from '../reminders/due-input';
import { defaultDue, localInputToInstant, toLocalInput } from '../reminders/due-shortcuts';
import { useVisitActions } from './use-visit-actions';

/** Outcome, next step and an optional follow-up reminder, in one compact dialog. */
export function CompleteVisitDialog({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const { complete } = useVisitActions();
  const [outcome, setOutcome] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(() => toLocalInput(defaultDue(new Date())));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);

  const dueAt = localInputToInstant(due);
  const followTitle = title.trim() || nextStep.trim();
  const errors = {
    outcome: outcome.trim() ? null : t('visits.complete.outcomeRequired'),
    title: followUp && !followTitle ? t('visits.complete.followUpTitleRequired') : null,
    due: followUp && !dueAt ? t('visits.complete.dueRequired') : null,
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (errors.outcome || errors.title || errors.due) return;
    setSaving(true);
    const ok = await complete(visit, {
      outcome: outcome.trim(),
      ...(nextStep.trim() ? { nextStep: nextStep.trim() } : {}),
      ...(followUp ? { followUp: { dueAt, title: followTitle } } : {}),
    });
    setSaving(false);
    if (ok) onClose();
  }

  const submitOnCtrlEnter = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
  };

  return (
    <Modal
      title={t('visits.complete.title')}
      onClose={onClose}
      size="sm"
      testId="complete-visit-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={saving}>
            {t('visits.complete.confirm')}
          </button>
        </>
      }
    >
      <form id={formId} className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="reminder-dialog__subject">
          {visit.customerName}
          {visit.purpose ? <span className="muted"> · {visit.purpose}</span> : null}
        </p>
        <Field
          label={t('visits.complete.outcome')}
          required
          error={submitted ? errors.outcome : null}
        >
          <textarea
            className="textarea"
            name="outcome"
            rows={3}
            autoFocus
            value={outcome}
            placeholder={t('visits.complete.outcomePlaceholder')}
            onChange={(e) => setOutcome(e.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
        </Field>
        <Field label={t('visits.complete.nextStep')}>
          <input
            className="input"
            name="nextStep"
            value={nextStep}
            placeholder={t('visits.complete.nextStepPlaceholder')}
            onChange={(e) => setNextStep(e.target.value)}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            name="followUp"
            checked={followUp}
            onChange={(e) => setFollowUp(e.target.checked)}
          />
          {t('visits.complete.followUp')}
        </label>
        {followUp ? (
          <>
            <Field
              label={t('visits.complete.followUpTitle')}
              required
              error={submitted ? errors.title : null}
            >
              <input
                className="input"
                name="followUpTitle"
                value={title}
                placeholder={nextStep.trim() || undefined}
                onChange={(e) => setTitle(e.target.value)}
              />
            </Field>
            <DueInput
              value={due}
              onChange={setDue}
              onBlur={() => undefined}
              error={submitted ? errors.due : null}
              warnPast
            />
          </>
        ) : null}
        <p className="muted visit-dialog__hint">{t('visits.complete.hint')}</p>
      </form>
    </Modal>
  );
}
