import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { useCustomerFormStore } from '../../../stores/customer-form-store';
import { useToastStore } from '../../../stores/toast-store';
import { useReportError } from '../../../ui/use-report-error';
import { PlusIcon, SearchIcon, SparklesIcon, UploadIcon, UsersIcon } from '../../../ui/icons';

const SAMPLE_COUNT = 200;

/** Shown when the database has no customers at all: teaches what a record is and how to start. */
export function EmptyDatabase() {
  const { t } = useTranslation();
  const openCreate = useCustomerFormStore((s) => s.openCreate);
  const reload = useCustomerListStore((s) => s.reload);
  const show = useToastStore((s) => s.show);
  const reportError = useReportError();
  const [loading, setLoading] = useState(false);

  async function loadSample() {
    setLoading(true);
    try {
      const { created } = await api.sample.load({ count: SAMPLE_COUNT });
      show({ tone: 'info', title: t('customers.sampleLoaded', { count: created }) });
      await reload();
    } catch (error) {
      reportError(error);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="empty" data-testid="empty-database">
      <div className="empty__icon">
        <UsersIcon size={28} />
      </div>
      <h2 className="empty__title">{t('customers.empty.title')}</h2>
      <p className="empty__text">{t('customers.empty.intro')}</p>
      <ul className="empty__list">
        <li>{t('customers.empty.holds1')}</li>
        <li>{t('customers.empty.holds2')}</li>
        <li>{t('customers.empty.holds3')}</li>
      </ul>
      <div className="empty__actions">
        <button type="button" className="btn btn--primary" onClick={openCreate}>
          <PlusIcon />
          {t('customers.new')}
        </button>
        <button type="button" className="btn" onClick={() => void loadSample()} disabled={loading}>
          {loading ? <span className="spinner" /> : <SparklesIcon />}
          {t('customers.empty.sample')}
        </button>
      </div>
      <p className="empty__hint">{t('customers.empty.sampleHint')}</p>
      <p className="empty__hint">
        <Link to="/import" className="empty__link">
          <UploadIcon size={13} /> {t('customers.empty.csvHint')}
        </Link>
      </p>
    </div>
  );
}

/** Shown when a search or filter matches nothing: suggests how to search differently. */
export function NoResults({ query, filtered }: { query: string; filtered: boolean }) {
  const { t } = useTranslation();
  const clearAll = useCustomerListStore((s) => s.clearAll);
  return (
    <div className="empty" data-testid="no-results">
      <div className="empty__icon">
        <SearchIcon size={28} />
      </div>
      <h2 className="empty__title">{t('customers.noResults.title')}</h2>
      {query ? <p className="empty__text">{t('customers.noResults.query', { query })}</p> : null}
      <ul className="empty__list">
        <li>{t('customers.noResults.tipInitials')}</li>
        <li>{t('customers.noResults.tipPhone')}</li>
        {filtered ? <li>{t('customers.noResults.tipFilters')}</li> : null}
      </ul>
      <div className="empty__actions">
        <button type="button" className="btn" onClick={clearAll}>
          {t('customers.noResults.clearAll')}
        </button>
      </div>
    </div>
  );
}
