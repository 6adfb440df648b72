import { useTranslation } from 'react-i18next';
import {
  DATE_ORDERS,
  DELIMITERS,
  IMPORT_ENCODINGS,
  type DateOrder,
  type Delimiter,
  type ImportEncoding,
} from '../../../../shared/domain/import';
import { Field } from '../../../ui/form-field';
import { ErrorNotice } from '../error-notice';
import { baseName } from '../field-labels';
import { useImportStore } from './import-store';
import { WizardNav } from './wizard-nav';

const DELIMITER_KEY: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
const RAW_ROWS = 8;

/** Encoding, delimiter and date order, each re-reading the file so the preview updates live. */
export function FormatStep() {
  const { t } = useTranslation();
  const { preview, detected, encoding, delimiter, dateOrder, loading, error, path } =
    useImportStore((s) => s);
  const loadPreview = useImportStore((s) => s.loadPreview);
  const goTo = useImportStore((s) => s.goTo);
  if (!preview) return null;
  const encodingName = (e: ImportEncoding) => t(`data.import.format.encodings.${e}`);
  const delimiterName = (d: Delimiter) => t(`data.import.format.delimiters.${DELIMITER_KEY[d]}`);

  return (
    <section className="card" aria-busy={loading}>
      <h2 className="card__title">{baseName(path)}</h2>
      <div className="form-grid">
        <Field label={t('data.import.format.encoding')}>
          <select
            className="select"
            value={encoding ?? ''}
            onChange={(e) =>
              void loadPreview({ encoding: (e.target.value || undefined) as ImportEncoding })
            }
          >
            {detected ? (
              <option value="">
                {t('data.import.format.encodingDetected', {
                  encoding: encodingName(detected.encoding),
                })}
              </option>
            ) : null}
            {IMPORT_ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {encodingName(e)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('data.import.format.delimiter')}>
          <select
            className="select"
            value={delimiter ?? ''}
            onChange={(e) =>
              void loadPreview({ delimiter: (e.target.value || undefined) as Delimiter })
            }
          >
            {detected ? (
              <option value="">
                {t('data.import.format.encodingDetected', {
                  encoding: delimiterName(detected.delimiter),
                })}
              </option>
            ) : null}
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {delimiterName(d)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('data.import.format.dateOrder')}>
          <select
            className="select"
            value={dateOrder}
            title={t('data.import.format.dateOrderHint')}
            onChange={(e) => void loadPreview({ dateOrder: e.target.value as DateOrder })}
          >
            {DATE_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`data.import.format.dateOrders.${o}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="card__hint">{t('data.import.format.dateOrderHint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {preview.kemaiFile ? (
        <div className="notice notice--success">{t('data.import.format.kemaiFile')}</div>
      ) : null}
      <div>
        <div className="legend-row">
          {t('data.import.format.rawPreview')}
          {loading ? <span className="spinner" aria-hidden="true" /> : null}
        </div>
        <div className="grid-wrap">
          <table className="grid" data-testid="raw-preview">
            <thead>
              <tr>
                {preview.headers.map((h, i) => (
                  <th key={i}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, RAW_ROWS).map((row) => (
                <tr key={row.line}>
                  {preview.headers.map((_, i) => (
                    <td key={i}>{row.cells[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="card__hint">{t('data.import.format.garbled')}</p>
      </div>
      <WizardNav onBack={() => goTo('file')} onNext={() => goTo('mapping')} busy={loading} />
    </section>
  );
}
