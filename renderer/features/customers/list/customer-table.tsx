import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import type { CustomerSortField } from '../../../../shared/domain/enums';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { useDateFormat } from '../../../i18n/use-date-format';
import { ArrowDownIcon, ArrowUpIcon } from '../../../ui/icons';
import { useDeleteCustomer } from '../use-delete-customer';
import { CustomerRow } from './customer-row';

const ROW_HEIGHT = 48;
// Start fetching the next page while this many rows are still below the viewport.
const PREFETCH_ROWS = 30;

type Column = { key: string; label: string; sort?: CustomerSortField };

export interface CustomerTableHandle {
  focus: () => void;
}

export const CustomerTable = forwardRef<CustomerTableHandle>(function CustomerTable(_props, ref) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { relative } = useDateFormat();
  const removeCustomer = useDeleteCustomer();
  const { items, selectedIndex, sort, nextCursor, loadingMore, scrollOffset } =
    useCustomerListStore(
      useShallow((s) => ({
        items: s.items,
        selectedIndex: s.selectedIndex,
        sort: s.sort,
        nextCursor: s.nextCursor,
        loadingMore: s.loadingMore,
        scrollOffset: s.scrollOffset,
      })),
    );
  const select = useCustomerListStore((s) => s.select);
  const toggleSort = useCustomerListStore((s) => s.toggleSort);
  const loadMore = useCustomerListStore((s) => s.loadMore);
  const setScrollOffset = useCustomerListStore((s) => s.setScrollOffset);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: items.length + (nextCursor ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: scrollOffset,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (nextCursor && !loadingMore && lastVisible >= items.length - PREFETCH_ROWS) void loadMore();
  }, [lastVisible, items.length, nextCursor, loadingMore, loadMore]);

  // Remember where the user was so coming back from a customer keeps the place.
  useEffect(() => {
    const el = scrollRef.current;
    return () => {
      if (el) setScrollOffset(el.scrollTop);
    };
  }, [setScrollOffset]);

  useImperativeHandle(ref, () => ({
    focus: () => {
      scrollRef.current?.focus();
      if (selectedIndex < 0 && items.length > 0) select(0);
    },
  }));

  const open = useCallback(
    (index: number) => {
      const customer = useCustomerListStore.getState().items[index];
      if (!customer) return;
      select(index);
      void navigate(`/customers/${customer.id}`);
    },
    [navigate, select],
  );

  function move(to: number) {
    if (items.length === 0) return;
    const index = Math.max(0, Math.min(items.length - 1, to));
    select(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const handlers: Record<string, () => void> = {
      ArrowDown: () => move(selectedIndex + 1),
      ArrowUp: () => move(selectedIndex - 1),
      PageDown: () => move(selectedIndex + page),
      PageUp: () => move(selectedIndex - page),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => open(selectedIndex),
      Delete: () => {
        const customer = items[selectedIndex];
        if (customer) void removeCustomer(customer);
      },
    };
    const handler = handlers[e.key];
    if (handler) {
      e.preventDefault();
      handler();
    }
  }

  const columns: Column[] = [
    { key: 'name', label: t('customers.columns.name'), sort: 'name' },
    { key: 'phone', label: t('customers.columns.phone') },
    { key: 'tier', label: t('customers.columns.tier'), sort: 'tier' },
    { key: 'stage', label: t('customers.columns.stage'), sort: 'stage' },
    { key: 'city', label: t('customers.columns.city'), sort: 'city' },
    { key: 'owner', label: t('customers.columns.owner') },
    { key: 'tags', label: t('customers.columns.tags') },
    { key: 'lastContact', label: t('customers.columns.lastContact'), sort: 'lastContactAt' },
    { key: 'updated', label: t('customers.columns.updated'), sort: 'updatedAt' },
  ];

  return (
    <div
      className="table"
      role="grid"
      aria-label={t('customers.listLabel')}
      aria-rowcount={-1}
      aria-activedescendant={selectedIndex >= 0 ? `customer-row-${selectedIndex}` : undefined}
    >
      <div role="row" className="grid-row table__head">
        {columns.map((col) => {
          const active = col.sort && sort?.field === col.sort ? sort.dir : null;
          return (
            <div
              key={col.key}
              role="columnheader"
              className="cell"
              aria-sort={
                active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined
              }
            >
              {col.sort ? (
                <button
                  type="button"
                  className={active ? 'sort sort--active' : 'sort'}
                  onClick={() => col.sort && toggleSort(col.sort)}
                  title={t('customers.sortBy', { column: col.label })}
                >
                  {col.label}
                  {active === 'asc' ? (
                    <ArrowUpIcon size={12} />
                  ) : active === 'desc' ? (
                    <ArrowDownIcon size={12} />
                  ) : null}
                </button>
              ) : (
                col.label
              )}
            </div>
          );
        })}
      </div>
      <div
        ref={scrollRef}
        className="table__body"
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="customer-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((row) => {
            const customer = items[row.index];
            if (!customer) {
              return (
                <div
                  key="loader"
                  className="row row--loader"
                  style={{ transform: `translateY(${row.start}px)`, height: row.size }}
                >
                  <span className="spinner" /> {t('customers.loadingMore')}
                </div>
              );
            }
            return (
              <CustomerRow
                key={customer.id}
                customer={customer}
                index={row.index}
                selected={row.index === selectedIndex}
                top={row.start}
                height={row.size}
                relative={relative}
                onOpen={open}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
});
