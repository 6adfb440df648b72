import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../../shared/domain/import';
import { useFieldLabel } from '../field-labels';
import { useImportStore } from './import-store';
import { CONTACT_FIELDS, CUSTOMER_FIELDS, mappingProblems, sampleValue } from './mapping-rules';
import { WizardNav } from './wizard-nav';

/** Each file column with a sample value and the Kemai field it goes to (or "not imported"). */
export function MappingStep() {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const preview = useImportStore((s) => s.preview);
  const mapping = useImportStore((s) => s.mapping);
  const setField = useImportStore((s) => s.setField);
  const goTo = useImportStore((s) => s.goTo);
  if (!preview) return null;
  const problems = mappingProblems(mapping);
  const mapped = mapping.filter(Boolean).length;
  const blocked = problems.needName || problems.duplicates.length > 0;

  return (
    <section className="card">
      <p className="card__hint">{t('data.import.mapping.intro')}</p>
      {preview.rememberedMapping ? (
        <div className="notice notice--success" data-testid="mapping-remembered">
          {t('data.import.mapping.remembered')}
        </div>
      ) : null}
      <div className="grid-wrap">
        <table className="grid" data-testid="mapping-table">
          <thead>
            <tr>
              <th>{t('data.import.mapping.column')}</th>
              <th>{t('data.import.mapping.sample')}</th>
              <th>{t('data.import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, column) => {
              const field = mapping[column] ?? null;
              const duplicate = field !== null && problems.duplicates.includes(field);
              return (
                <tr key={column} data-testid="mapping-row" data-header={header}>
                  <td>
                    <strong>{header}</strong>
                  </td>
                  <td className={sampleValue(preview.rows, column) ? undefined : 'grid__empty'}>
                    {sampleValue(preview.rows, column) || '—'}
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={`${t('data.import.mapping.field')}: ${header}`}
                      aria-invalid={duplicate || undefined}
                      value={field ?? ''}
                      onChange={(e) =>
                        setField(column, (e.target.value || null) as ImportField | null)
                      }
                    >
                      <option value="">{t('data.import.mapping.notImported')}</option>
                      <optgroup label={t('data.import.mapping.groupCustomer')}>
                        {CUSTOMER_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {label(f)}
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label={t('data.import.mapping.groupContact')}>
                        {CONTACT_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {label(f)}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problems.needName ? (
        <div className="notice notice--warning" role="alert">
          {t('data.import.mapping.needName')}
        </div>
      ) : null}
      {problems.duplicates.map((f) => (
        <div key={f} className="notice notice--warning" role="alert">
          {t('data.import.mapping.duplicate', { field: label(f) })}
        </div>
      ))}
      <WizardNav onBack={() => goTo('format')} onNext={() => goTo('check')} nextDisabled={blocked}>
        <span className="card__hint">{t('data.import.mapping.mapped', { count: mapped })}</span>
      </WizardNav>
    </section>
  );
}
