import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { STAGES, TIERS } from '../../../../shared/domain/enums';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { SEARCH_INPUT_ID } from '../../../app/use-global-hotkeys';
import { SearchIcon, XIcon } from '../../../ui/icons';
import { useFacets } from './use-facets';

type FacetKey = 'industry' | 'city' | 'owner' | 'tag';
const ANY_KEY: Record<FacetKey, string> = {
  industry: 'customers.filters.anyIndustry',
  city: 'customers.filters.anyCity',
  owner: 'customers.filters.anyOwner',
  tag: 'customers.filters.anyTag',
};

interface ToolbarProps {
  onArrowDown: () => void;
}

export function ListToolbar({ onArrowDown }: ToolbarProps) {
  const { t } = useTranslation();
  const { query, filter } = useCustomerListStore(
    useShallow((s) => ({ query: s.query, filter: s.filter })),
  );
  const fetching = useCustomerListStore((s) => s.fetching);
  const setQuery = useCustomerListStore((s) => s.setQuery);
  const setFilter = useCustomerListStore((s) => s.setFilter);
  const clearFilters = useCustomerListStore((s) => s.clearFilters);
  const facets = useFacets();
  const hasFilter = Object.values(filter).some((v) => v !== undefined && v !== '');

  const facetSelects: { key: FacetKey; values: string[] }[] = [
    { key: 'industry', values: facets.industries },
    { key: 'city', values: facets.cities },
    { key: 'owner', values: facets.owners },
    { key: 'tag', values: facets.tags },
  ];

  return (
    <div className="toolbar">
      <div className="toolbar__row">
        <div className="search">
          <SearchIcon className="search__icon" />
          <input
            id={SEARCH_INPUT_ID}
            className="input search__input"
            type="search"
            value={query}
            placeholder={t('customers.searchPlaceholder')}
            aria-label={t('customers.searchLabel')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                onArrowDown();
              } else if (e.key === 'Escape' && query) {
                e.preventDefault();
                setQuery('');
              }
            }}
          />
          {fetching && query ? (
            <span className="spinner search__spinner" aria-hidden="true" />
          ) : null}
          {query ? (
            <button
              type="button"
              className="search__clear"
              onClick={() => setQuery('')}
              aria-label={t('common.close')}
            >
              <XIcon size={14} />
            </button>
          ) : (
            <kbd className="search__kbd">/</kbd>
          )}
        </div>
        {facetSelects.map(({ key, values }) => (
          <select
            key={key}
            className="select toolbar__select"
            aria-label={t(`customers.filters.${key}`)}
            value={filter[key] ?? ''}
            data-active={filter[key] ? 'true' : undefined}
            onChange={(e) => setFilter({ [key]: e.target.value || undefined })}
          >
            <option value="">{t(ANY_KEY[key])}</option>
            {values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        ))}
      </div>
      <div className="toolbar__row toolbar__row--chips">
        <div className="chips" role="group" aria-label={t('customers.filters.tier')}>
          <span className="chips__label">{t('customers.filters.tier')}</span>
          {TIERS.map((tier) => (
            <button
              key={tier}
              type="button"
              className="chip"
              aria-pressed={filter.tier === tier}
              onClick={() => setFilter({ tier: filter.tier === tier ? undefined : tier })}
            >
              {t(`enums.tier.${tier}`)}
            </button>
          ))}
        </div>
        <div className="chips" role="group" aria-label={t('customers.filters.stage')}>
          <span className="chips__label">{t('customers.filters.stage')}</span>
          {STAGES.map((stage) => (
            <button
              key={stage}
              type="button"
              className="chip"
              aria-pressed={filter.stage === stage}
              onClick={() => setFilter({ stage: filter.stage === stage ? undefined : stage })}
            >
              {t(`enums.stage.${stage}`)}
            </button>
          ))}
        </div>
        {hasFilter ? (
          <button type="button" className="btn btn--ghost btn--sm" onClick={clearFilters}>
            <XIcon size={14} />
            {t('customers.filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
