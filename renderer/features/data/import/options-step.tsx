import { useTranslation } from 'react-i18next';
import { DUPLICATE_POLICIES } from '../../../../shared/domain/import';
import { ErrorNotice } from '../error-notice';
import { baseName } from '../field-labels';
import { useImportStore } from './import-store';
import { WizardNav } from './wizard-nav';

/** Duplicate policy, what happens to rejected rows, and the button that starts the import. */
export function OptionsStep() {
  const { t } = useTranslation();
  const s = useImportStore((state) => state);
  if (!s.preview) return null;
  const mapped = s.mapping.filter(Boolean).length;

  return (
    <section className="card">
      <fieldset className="choices">
        <legend className="legend-row">{t('data.import.options.duplicatesTitle')}</legend>
        <p className="card__hint">{t('data.import.options.duplicatesHint')}</p>
        {DUPLICATE_POLICIES.map((policy) => (
          <label key={policy} className="choice">
            <input
              type="radio"
              name="duplicates"
              value={policy}
              checked={s.duplicates === policy}
              onChange={() => s.setDuplicates(policy)}
            />
            <span>
              <span className="choice__title">{t(`data.import.options.${policy}`)}</span>
              <span className="choice__hint">{t(`data.import.options.${policy}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="choices">
        <div className="legend-row">{t('data.import.options.rejectedTitle')}</div>
        <p className="card__hint">{t('data.import.options.rejectedHint')}</p>
      </div>
      <p className="card__hint" data-testid="import-summary-line">
        {t('data.import.options.summaryLine', {
          file: baseName(s.path),
          encoding: t(`data.import.format.encodings.${s.preview.encoding}`),
          mapped,
        })}
      </p>
      {s.error ? <ErrorNotice error={s.error} /> : null}
      <WizardNav
        onBack={() => s.goTo('check')}
        onNext={() => void s.start()}
        busy={s.loading}
        nextLabel={s.loading ? t('data.import.options.starting') : t('data.import.options.start')}
      />
    </section>
  );
}
