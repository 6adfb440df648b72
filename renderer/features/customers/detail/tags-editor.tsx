import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain/customer';
import { api } from '../../../lib/api';
import { useReportError } from '../../../ui/use-report-error';
import { useFieldErrorText } from '../../../ui/use-field-error-text';
import { tagNameField } from '../../../../shared/domain/fields';
import { TagIcon, XIcon } from '../../../ui/icons';
import { Section } from './info-sections';

/** Inline tag editing: Enter adds, × removes; each change saves the whole tag list. */
export function TagsEditor({ customer, onChanged }: { customer: Customer; onChanged: () => void }) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const errorText = useFieldErrorText();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(tags: string[]) {
    setBusy(true);
    try {
      await api.customers.update({ id: customer.id, patch: { tags } });
      onChanged();
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  }

  async function add() {
    const parsed = tagNameField.safeParse(draft);
    if (!parsed.success) {
      setError(errorText('tags', parsed.error.issues[0]?.message));
      return;
    }
    setError(null);
    setDraft('');
    if (!customer.tags.includes(parsed.data)) await save([...customer.tags, parsed.data]);
  }

  return (
    <Section title={t('detail.sections.tags')} testId="tags-section">
      <div className="tags-editor">
        {customer.tags.length === 0 ? <span className="muted">{t('detail.noTags')}</span> : null}
        {customer.tags.map((tag) => (
          <span key={tag} className="tag tag--editable">
            {tag}
            <button
              type="button"
              className="tag__remove"
              aria-label={t('detail.removeTag', { tag })}
              disabled={busy}
              onClick={() => void save(customer.tags.filter((x) => x !== tag))}
            >
              <XIcon size={11} />
            </button>
          </span>
        ))}
      </div>
      <div className="tags-editor__add">
        <TagIcon size={14} className="muted" />
        <input
          className="input input--inline"
          value={draft}
          placeholder={t('detail.addTagPlaceholder')}
          aria-label={t('detail.addTag')}
          aria-invalid={error ? true : undefined}
          maxLength={60}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
      </div>
      {error ? <div className="field__error">{error}</div> : null}
    </Section>
  );
}
