import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSettings } from '../../../shared/domain/visit';
import { api } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { Field } from '../../ui/form-field';
import { useReportError } from '../../ui/use-report-error';

const TIERS = ['vip', 'important', 'ordinary'] as const;

function num(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** Starting place for routes and the visit cadence per tier (Settings page). */
export function VisitSettingsSection() {
  const { t } = useTranslation();
  const show = useToastStore((s) => s.show);
  const reportError = useReportError();
  const [saved, setSaved] = useState<VisitSettings | null>(null);
  const [label, setLabel] = useState('');
  const [lat, setLat] = useState('');
  const [lng, setLng] = useState('');
  const [cadence, setCadence] = useState<Record<(typeof TIERS)[number], string>>({
    vip: '',
    important: '',
    ordinary: '',
  });
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    api.visits
      .getSettings(undefined)
      .then((s: VisitSettings) => {
        setSaved(s);
        setLabel(s.home?.label ?? '');
        setLat(s.home?.lat?.toString() ?? '');
        setLng(s.home?.lng?.toString() ?? '');
        setCadence({
          vip: String(s.cadenceDays.vip),
          important: String(s.cadenceDays.important),
          ordinary: String(s.cadenceDays.ordinary),
        });
      })
      .catch(reportError);
  }, [reportError]);

  // Until the stored settings arrive the fields stay locked: typing into them would be
  // overwritten by the load, and saving would send empty cadences.
  const loading = saved === null;
  const la = num(lat);
  const ln = num(lng);
  const errors = {
    lat:
      la !== null && !(la >= -90 && la <= 90)
        ? t('visits.settings.latInvalid')
        : (la === null) !== (ln === null)
          ? t('visits.settings.pairRequired')
          : null,
    lng: ln !== null && !(ln >= -180 && ln <= 180) ? t('visits.settings.lngInvalid') : null,
    cadence: TIERS.some((k) => {
      const n = Number(cadence[k]);
      return !Number.isInteger(n) || n < 1 || n > 3650;
    })
      ? t('visits.settings.cadenceInvalid')
      : null,
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (errors.lat || errors.lng || errors.cadence) return;
    try {
      const next = await api.visits.updateSettings({
        home:
          la !== null && ln !== null
            ? { ...(saved?.home ?? {}), label: label.trim() || null, lat: la, lng: ln }
            : null,
        cadenceDays: {
          vip: Number(cadence.vip),
          important: Number(cadence.important),
          ordinary: Number(cadence.ordinary),
        },
      });
      setSaved(next);
      show({ tone: 'info', title: t('visits.toast.settingsSaved') });
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <section className="settings__card" id="visit-settings" data-testid="visit-settings">
      <h2 className="settings__heading">{t('visits.settings.title')}</h2>
      <p className="settings__hint">{t('visits.settings.hint')}</p>
      <form className="mini-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="visit-form__row">
          <Field label={t('visits.settings.baseLabel')}>
            <input
              className="input"
              name="homeLabel"
              disabled={loading}
              value={label}
              placeholder={t('visits.day.office')}
              onChange={(e) => setLabel(e.target.value)}
            />
          </Field>
          <Field label={t('visits.settings.lat')} error={submitted ? errors.lat : null}>
            <input
              className="input"
              name="homeLat"
              disabled={loading}
              inputMode="decimal"
              value={lat}
              onChange={(e) => setLat(e.target.value)}
            />
          </Field>
          <Field label={t('visits.settings.lng')} error={submitted ? errors.lng : null}>
            <input
              className="input"
              name="homeLng"
              disabled={loading}
              inputMode="decimal"
              value={lng}
              onChange={(e) => setLng(e.target.value)}
            />
          </Field>
        </div>
        <p className="settings__hint">{t('visits.settings.cadenceHint')}</p>
        <div className="visit-form__row visit-form__row--three">
          {TIERS.map((tier) => (
            <Field
              key={tier}
              label={`${t(`enums.tier.${tier}`)} · ${t('visits.settings.cadence')}`}
            >
              <input
                className="input"
                name={`cadence-${tier}`}
                disabled={loading}
                type="number"
                min={1}
                max={3650}
                value={cadence[tier]}
                onChange={(e) => setCadence((c) => ({ ...c, [tier]: e.target.value }))}
              />
            </Field>
          ))}
        </div>
        {submitted && errors.cadence ? (
          <div className="field__error" role="alert">
            {errors.cadence}
          </div>
        ) : null}
        <div>
          <button type="submit" className="btn btn--primary" disabled={loading}>
            {t('visits.settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
