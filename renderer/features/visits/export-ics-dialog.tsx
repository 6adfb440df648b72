import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { api } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { Field } from '../../ui/form-field';
import { Modal } from '../../ui/modal';
import { useReportError } from '../../ui/use-report-error';
import { FilePathField } from '../data/file-path-field';
import { useNativeDialogs } from '../data/use-capabilities';
import { dayRange, parseDayKey } from './visit-dates';
import { differenceInCalendarDays } from 'date-fns';

/** Writes the chosen days' visits to an .ics file (native save dialog, or a typed path). */
export function ExportIcsDialog({
  from,
  to,
  onClose,
}: {
  from: Date;
  to: Date;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const native = useNativeDialogs();
  const show = useToastStore((s) => s.show);
  const reportError = useReportError();
  const [start, setStart] = useState(format(from, 'yyyy-MM-dd'));
  const [end, setEnd] = useState(format(to, 'yyyy-MM-dd'));
  const [path, setPath] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);

  const a = parseDayKey(start);
  const b = parseDayKey(end);
  const rangeError = !a || !b || b < a ? t('visits.exportIcs.rangeInvalid') : null;
  const pathError = path.trim() ? null : t('visits.exportIcs.pathRequired');

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (rangeError || pathError || !a || !b) return;
    setSaving(true);
    try {
      const range = dayRange(a, differenceInCalendarDays(b, a) + 1);
      const result = await api.visits.exportIcs({ ...range, path: path.trim() });
      show({
        tone: 'info',
        title: t('visits.toast.exported', { n: result.count, path: result.path }),
      });
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title={t('visits.exportIcs.title')}
      onClose={onClose}
      size="sm"
      testId="export-ics-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={saving}>
            {t('visits.exportIcs.confirm')}
          </button>
        </>
      }
    >
      <form id={formId} className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="muted">{t('visits.exportIcs.hint')}</p>
        <div className="visit-form__row visit-form__row--two">
          <Field label={t('visits.exportIcs.from')}>
            <input
              className="input"
              type="date"
              name="from"
              value={start}
              onChange={(e) => setStart(e.target.value)}
            />
          </Field>
          <Field label={t('visits.exportIcs.to')} error={submitted ? rangeError : null}>
            <input
              className="input"
              type="date"
              name="to"
              value={end}
              onChange={(e) => setEnd(e.target.value)}
            />
          </Field>
        </div>
        {native === null ? null : (
          <FilePathField
            mode="save"
            purpose="export"
            defaultName={t('visits.exportIcs.fileName')}
            native={native}
            value={path}
            onChange={setPath}
            label={t('visits.exportIcs.title')}
            testId="ics-path"
          />
        )}
        {submitted && pathError ? (
          <div className="field__error" role="alert">
            {pathError}
          </div>
        ) : null}
      </form>
    </Modal>
  );
}
