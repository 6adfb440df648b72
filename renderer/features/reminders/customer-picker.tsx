import './reminder-form.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../../shared/domain/customer';
import { api } from '../../lib/api';

export interface PickedCustomer {
  id: string;
  name: string;
}

interface CustomerPickerProps {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  /** Already translated. */
  error: string | null;
  autoFocus?: boolean;
}

const MAX_MATCHES = 8;

/** Search-as-you-type over customers (name, pinyin, initials, phone), chosen with ↑/↓ and Enter. */
export function CustomerPicker({ value, onChange, error, autoFocus }: CustomerPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<CustomerListItem[] | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (value) return;
    let current = true;
    const q = query.trim();
    api.customers
      .list({ ...(q ? { query: q } : {}), limit: MAX_MATCHES })
      .then((page) => {
        if (!current) return;
        setMatches(page.items);
        setActive(0);
      })
      .catch(() => {
        if (current) setMatches([]);
      });
    return () => {
      current = false;
    };
  }, [query, value]);

  if (value) {
    return (
      <div className="field">
        <span className="field__label">{t('reminders.form.customer')}</span>
        <div className="customer-picker__chosen" data-testid="picked-customer">
          <span className="customer-picker__name">{value.name}</span>
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => {
              onChange(null);
              setQuery('');
            }}
          >
            {t('reminders.form.customerChange')}
          </button>
        </div>
      </div>
    );
  }

  const choose = (c: CustomerListItem) => onChange({ id: c.id, name: c.name });
  const listId = `${id}-matches`;

  return (
    <div className="field customer-picker">
      <label className="field__label" htmlFor={id}>
        {t('reminders.form.customer')}
        <span className="field__required" aria-hidden="true">
          *
        </span>
      </label>
      <input
        id={id}
        className="input"
        name="customer"
        role="combobox"
        aria-expanded={matches !== null && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches?.[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={t('reminders.form.customerPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const count = matches?.length ?? 0;
          if (e.key === 'ArrowDown' && count) {
            e.preventDefault();
            setActive((a) => (a + 1) % count);
          } else if (e.key === 'ArrowUp' && count) {
            e.preventDefault();
            setActive((a) => (a - 1 + count) % count);
          } else if (e.key === 'Enter') {
            // Enter picks the highlighted customer instead of submitting the whole form.
            e.preventDefault();
            const match = matches?.[active];
            if (match) choose(match);
          }
        }}
      />
      <ul className="customer-picker__list" id={listId} role="listbox">
        {matches === null ? (
          <li className="customer-picker__empty">{t('reminders.form.customerSearching')}</li>
        ) : matches.length === 0 ? (
          <li className="customer-picker__empty">{t('reminders.form.customerNone')}</li>
        ) : (
          matches.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="customer-picker__option"
              onPointerDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
              onPointerEnter={() => setActive(i)}
            >
              <span className="customer-picker__name">{c.name}</span>
              <span className="muted">
                {[c.company !== c.name ? c.company : null, c.city, c.phone]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))
        )}
      </ul>
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
