import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../../shared/domain/import';
import { UploadIcon } from '../../../ui/icons';
import { ErrorNotice } from '../error-notice';
import { useFieldLabel } from '../field-labels';
import { FilePathField } from '../file-path-field';
import { useNativeDialogs } from '../use-capabilities';
import { useImportStore } from './import-store';

const GROUPS: { key: 'basic' | 'classify' | 'location' | 'contact'; fields: ImportField[] }[] = [
  {
    key: 'basic',
    fields: ['name', 'lastName', 'firstName', 'kind', 'phone', 'email', 'company', 'title'],
  },
  {
    key: 'classify',
    fields: [
      'industry',
      'size',
      'source',
      'stage',
      'tier',
      'owner',
      'tags',
      'birthday',
      'gender',
      'notes',
    ],
  },
  { key: 'location', fields: ['province', 'city', 'district', 'address', 'lat', 'lng'] },
  {
    key: 'contact',
    fields: ['contactName', 'contactTitle', 'contactPhone', 'contactEmail', 'contactWechat'],
  },
];
const SAMPLE_HEADER: ImportField[] = [
  'name',
  'phone',
  'email',
  'company',
  'city',
  'tier',
  'tags',
  'contactName',
  'contactPhone',
];

/** First step: what Kemai can read (teaches on first run) and the file to read. */
export function FileStep() {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const native = useNativeDialogs();
  const { path, loading, error } = useImportStore((s) => s);
  const setPath = useImportStore((s) => s.setPath);
  const loadPreview = useImportStore((s) => s.loadPreview);

  return (
    <>
      <section className="card" data-testid="import-intro">
        <h2 className="card__title">{t('data.import.intro.title')}</h2>
        <p className="card__hint">{t('data.import.intro.body')}</p>
        <div className="intro-fields">
          {GROUPS.map((group) => (
            <div key={group.key}>
              <h3>{t(`data.import.intro.groups.${group.key}`)}</h3>
              <ul>
                {group.fields.map((field) => (
                  <li key={field} className="tag">
                    {label(field)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <div>
          <div className="field__label">{t('data.import.intro.sample')}</div>
          <div className="code-line">{SAMPLE_HEADER.map(label).join(',')}</div>
        </div>
        <p className="card__hint">{t('data.import.intro.excel')}</p>
        <p className="card__hint">{t('data.import.intro.safe')}</p>
      </section>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void loadPreview();
        }}
      >
        {native === null ? null : (
          <FilePathField
            mode="open"
            purpose="import"
            native={native}
            label={t('data.import.steps.file')}
            value={path}
            testId="import-file"
            onChange={(next) => {
              setPath(next);
              // A file picked in the native dialog is read at once; a typed path on submit.
              if (native) void loadPreview();
            }}
          />
        )}
        {error ? <ErrorNotice error={error} /> : null}
        {native === false || (path && error) ? (
          <div className="card__actions">
            <button type="submit" className="btn btn--primary" disabled={!path.trim() || loading}>
              {loading ? <span className="spinner" /> : <UploadIcon />}
              {loading ? t('data.import.reading') : t('data.import.load')}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
