import { useTranslation } from 'react-i18next';
import { MapPinIcon, PlusIcon } from '../../ui/icons';

/** First-run explanation: what a visit plan is and how to start one. */
export function VisitsEmpty({ onPlan }: { onPlan: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="empty" data-testid="visits-empty">
      <div className="empty__icon">
        <MapPinIcon size={28} />
      </div>
      <h2 className="empty__title">{t('visits.empty.title')}</h2>
      <p className="empty__text">{t('visits.empty.text')}</p>
      <ol className="empty__list">
        <li>{t('visits.empty.step1')}</li>
        <li>{t('visits.empty.step2')}</li>
        <li>{t('visits.empty.step3')}</li>
      </ol>
      <div className="empty__actions">
        <button type="button" className="btn btn--primary" onClick={onPlan}>
          <PlusIcon size={14} />
          {t('visits.planFirst')}
        </button>
      </div>
    </div>
  );
}
