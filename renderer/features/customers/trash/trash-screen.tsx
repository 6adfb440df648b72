import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../../../shared/domain/customer';
import { api, onEvent } from '../../../lib/api';
import { formatCount, useDateFormat } from '../../../i18n/use-date-format';
import { useToastStore } from '../../../stores/toast-store';
import { BuildingIcon, RestoreIcon, TrashIcon, UserIcon } from '../../../ui/icons';
import { useReportError } from '../../../ui/use-report-error';
import './trash.css';

const PAGE_SIZE = 100;

interface TrashState {
  items: CustomerListItem[];
  total: number;
  nextCursor: string | null;
  loaded: boolean;
}

export function TrashScreen() {
  const { t } = useTranslation();
  const { relative } = useDateFormat();
  const reportError = useReportError();
  const show = useToastStore((s) => s.show);
  const [state, setState] = useState<TrashState>({
    items: [],
    total: 0,
    nextCursor: null,
    loaded: false,
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  // First page: refetched on open and whenever customers change elsewhere.
  useEffect(() => {
    let current = true;
    api.customers
      .list({ deleted: true, limit: PAGE_SIZE })
      .then((page) => {
        if (current)
          setState({
            items: page.items,
            total: page.total,
            nextCursor: page.nextCursor,
            loaded: true,
          });
      })
      .catch((error: unknown) => {
        if (current) reportError(error);
      });
    return () => {
      current = false;
    };
  }, [version, reportError]);

  useEffect(
    () =>
      onEvent('data.changed', ({ domain }) => {
        if (domain === 'customers') setVersion((v) => v + 1);
      }),
    [],
  );

  async function loadMore(cursor: string) {
    try {
      const page = await api.customers.list({ deleted: true, limit: PAGE_SIZE, cursor });
      setState((prev) => ({
        ...prev,
        items: prev.items.concat(page.items),
        nextCursor: page.nextCursor,
      }));
    } catch (error) {
      reportError(error);
    }
  }

  async function restore(customer: CustomerListItem) {
    setBusy(customer.id);
    try {
      await api.customers.restore({ id: customer.id });
      show({ tone: 'info', title: t('customers.restored', { name: customer.name }) });
      setState((prev) => ({
        ...prev,
        items: prev.items.filter((c) => c.id !== customer.id),
        total: prev.total - 1,
      }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('trash.title')}</h1>
        {state.loaded && state.total > 0 ? (
          <span className="page__subtitle">
            {t('trash.count', { count: state.total, n: formatCount(state.total) })}
          </span>
        ) : null}
      </header>
      <div className="page__body">
        {!state.loaded ? (
          <div className="list-loading">
            <span className="spinner" /> {t('common.loading')}
          </div>
        ) : state.items.length === 0 ? (
          <div className="empty" data-testid="trash-empty">
            <div className="empty__icon">
              <TrashIcon size={28} />
            </div>
            <h2 className="empty__title">{t('trash.emptyTitle')}</h2>
            <p className="empty__text">{t('trash.emptyBody')}</p>
          </div>
        ) : (
          <>
            <p className="trash__intro">{t('trash.subtitle')}</p>
            <ul className="trash" data-testid="trash-list">
              {state.items.map((c) => (
                <li key={c.id} className="trash__item" data-testid="trash-item">
                  <span className={`kind kind--${c.kind}`}>
                    {c.kind === 'company' ? <BuildingIcon size={14} /> : <UserIcon size={14} />}
                  </span>
                  <span className="name-stack">
                    <span className="name-stack__name">{c.name}</span>
                    {c.company && c.company !== c.name ? (
                      <span className="name-stack__sub">{c.company}</span>
                    ) : null}
                  </span>
                  <span className="trash__when">
                    {c.deletedAt ? t('trash.deletedAt', { when: relative(c.deletedAt) }) : null}
                  </span>
                  <button
                    type="button"
                    className="btn btn--sm"
                    disabled={busy === c.id}
                    onClick={() => void restore(c)}
                    aria-label={`${t('common.restore')} ${c.name}`}
                  >
                    <RestoreIcon size={13} />
                    {t('common.restore')}
                  </button>
                </li>
              ))}
            </ul>
            {state.nextCursor ? (
              <button
                type="button"
                className="btn trash__more"
                onClick={() => state.nextCursor && void loadMore(state.nextCursor)}
              >
                {t('trash.loadMore')}
              </button>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
