import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, format } from 'date-fns';
import { api } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { Field } from '../../ui/form-field';
import { Modal } from '../../ui/modal';
import { useReportError } from '../../ui/use-report-error';
import { CustomerPicker, type PickedCustomer } from '../reminders/customer-picker';
import { localInstant } from './visit-dates';
import { useVisitFormat } from './use-visit-format';
import { useVisitsStore } from './visits-store';

interface PlanVisitDialogProps {
  /** Preset customers (customer page, list selection, suggestions); empty asks for one. */
  customers: PickedCustomer[];
  /** Local day to preselect; tomorrow when not given. */
  day?: Date;
  onClose: () => void;
  onPlanned?: () => void;
}

/** Plans one visit, or one per customer back to back from the chosen time. */
export function PlanVisitDialog({ customers, day, onClose, onPlanned }: PlanVisitDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const show = useToastStore((s) => s.show);
  const reportError = useReportError();
  const changed = useVisitsStore((s) => s.changed);
  const { when } = useVisitFormat();
  const [picked, setPicked] = useState<PickedCustomer | null>(null);
  const [date, setDate] = useState(format(day ?? addDays(new Date(), 1), 'yyyy-MM-dd'));
  const [time, setTime] = useState('09:00');
  const [duration, setDuration] = useState('60');
  const [purpose, setPurpose] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);

  const targets = customers.length ? customers : picked ? [picked] : [];
  const plannedAt = localInstant(date, time);
  const minutes = Number(duration);
  const errors = {
    customer: targets.length ? null : t('visits.form.required'),
    when: plannedAt ? null : t('visits.form.dateRequired'),
    duration:
      Number.isInteger(minutes) && minutes >= 5 && minutes <= 600
        ? null
        : t('visits.form.durationInvalid'),
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (errors.customer || errors.when || errors.duration || !plannedAt) return;
    setSaving(true);
    try {
      const extra = purpose.trim() ? { purpose: purpose.trim() } : {};
      if (targets.length === 1 && targets[0]) {
        await api.visits.create({
          customerId: targets[0].id,
          plannedAt,
          durationMin: minutes,
          ...extra,
        });
        show({ tone: 'info', title: t('visits.toast.created', { when: when(plannedAt) }) });
      } else {
        const made = await api.visits.createMany({
          customerIds: targets.map((c) => c.id),
          plannedAt,
          durationMin: minutes,
          ...extra,
        });
        show({ tone: 'info', title: t('visits.toast.createdMany', { n: made.length }) });
      }
      changed();
      onPlanned?.();
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  const many = customers.length > 1;
  const shown = customers
    .slice(0, 6)
    .map((c) => c.name)
    .join('、');
  return (
    <Modal
      title={many ? t('visits.form.titleMany', { n: customers.length }) : t('visits.form.title')}
      onClose={onClose}
      size="sm"
      testId="plan-visit-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={saving}>
            {t('visits.form.create')}
          </button>
        </>
      }
    >
      <form id={formId} className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {customers.length ? (
          <p className="reminder-dialog__subject" data-testid="plan-customers">
            {shown}
            {customers.length > 6
              ? ` ${t('visits.form.andMore', { n: customers.length - 6 })}`
              : ''}
          </p>
        ) : (
          <CustomerPicker
            value={picked}
            onChange={setPicked}
            autoFocus
            error={submitted ? errors.customer : null}
          />
        )}
        <div className="visit-form__row">
          <Field label={t('visits.form.date')} required error={submitted ? errors.when : null}>
            <input
              className="input"
              type="date"
              name="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </Field>
          <Field label={t('visits.form.time')} required>
            <input
              className="input"
              type="time"
              name="time"
              step={900}
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          </Field>
          <Field label={t('visits.form.duration')} error={submitted ? errors.duration : null}>
            <input
              className="input"
              type="number"
              name="duration"
              min={5}
              max={600}
              step={15}
              value={duration}
              onChange={(e) => setDuration(e.target.value)}
            />
          </Field>
        </div>
        {many ? <p className="muted visit-dialog__hint">{t('visits.form.spacingHint')}</p> : null}
        <Field label={t('visits.form.purpose')}>
          <input
            className="input"
            name="purpose"
            value={purpose}
            placeholder={t('visits.form.purposePlaceholder')}
            onChange={(e) => setPurpose(e.target.value)}
          />
        </Field>
      </form>
    </Modal>
  );
}
