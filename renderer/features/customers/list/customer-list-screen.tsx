import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { useCustomerFormStore } from '../../../stores/customer-form-store';
import { formatCount } from '../../../i18n/use-date-format';
import { SEARCH_INPUT_ID } from '../../../app/use-global-hotkeys';
import { useErrorText } from '../../../ui/use-report-error';
import { PlusIcon, UploadIcon } from '../../../ui/icons';
import { ExportButton } from '../../data/export/export-button';
import { ListToolbar } from './list-toolbar';
import { SelectionBar } from './selection-bar';
import '../../visits/visits.css';
import { CustomerTable, type CustomerTableHandle } from './customer-table';
import { EmptyDatabase, NoResults } from './list-empty-states';
import './list.css';

function TotalLabel() {
  const { t } = useTranslation();
  const { total, totalCapped, query, status } = useCustomerListStore(
    useShallow((s) => ({
      total: s.total,
      totalCapped: s.totalCapped,
      query: s.resultQuery,
      status: s.status,
    })),
  );
  if (status !== 'ready') return null;
  const n = formatCount(total);
  const text = totalCapped
    ? t('customers.totalCapped', { n })
    : query.trim()
      ? t('customers.matches', { count: total, n })
      : t('customers.total', { count: total, n });
  return (
    <span className="page__subtitle" data-testid="customer-total">
      {text}
    </span>
  );
}

export function CustomerListScreen() {
  const { t } = useTranslation();
  const location = useLocation();
  const tableRef = useRef<CustomerTableHandle>(null);
  const { status, count, query, filter, error } = useCustomerListStore(
    useShallow((s) => ({
      status: s.status,
      count: s.items.length,
      query: s.resultQuery,
      filter: s.filter,
      error: s.error,
    })),
  );
  const reload = useCustomerListStore((s) => s.reload);
  const refresh = useCustomerListStore((s) => s.refresh);
  const openCreate = useCustomerFormStore((s) => s.openCreate);
  const errorText = useErrorText();
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');
  const emptyDatabase = status === 'ready' && count === 0 && !query.trim() && !filtered;

  // First visit loads; coming back from a detail page refreshes what is already on screen.
  useEffect(() => {
    if (useCustomerListStore.getState().status === 'idle') void reload();
    else void refresh();
  }, [reload, refresh]);

  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) {
      document.getElementById(SEARCH_INPUT_ID)?.focus();
    }
  }, [location.state]);

  let body;
  if (status === 'error' && error) {
    const { title, help } = errorText(error);
    body = (
      <div className="empty" role="alert">
        <h2 className="empty__title">{t('customers.loadError')}</h2>
        <p className="empty__text">
          {title}. {help}
        </p>
        <div className="empty__actions">
          <button type="button" className="btn" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      </div>
    );
  } else if (status === 'ready' && count === 0) {
    body =
      query.trim() || filtered ? (
        <NoResults query={query.trim()} filtered={filtered} />
      ) : (
        <EmptyDatabase />
      );
  } else if (status === 'ready') {
    body = <CustomerTable ref={tableRef} />;
  } else {
    body = (
      <div className="list-loading">
        <span className="spinner" /> {t('common.loading')}
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('customers.title')}</h1>
        {emptyDatabase ? null : <TotalLabel />}
        <div className="page__actions">
          {emptyDatabase ? null : <span className="list-hint">{t('customers.keyboardHint')}</span>}
          <Link to="/import" className="btn">
            <UploadIcon />
            {t('data.entry.import')}
          </Link>
          {emptyDatabase ? null : <ExportButton />}
          <button type="button" className="btn btn--primary" onClick={openCreate}>
            <PlusIcon />
            {t('customers.new')}
          </button>
        </div>
      </header>
      {emptyDatabase ? null : <ListToolbar onArrowDown={() => tableRef.current?.focus()} />}
      <SelectionBar />
      <div className="list-body">{body}</div>
    </div>
  );
}
