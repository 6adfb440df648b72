import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useCustomerListStore } from '../../stores/customer-list-store';
import { useToastStore } from '../../stores/toast-store';
import { useReportError } from '../../ui/use-report-error';

const UNDO_WINDOW_MS = 8_000;

/** Soft-deletes a customer and offers a few seconds to undo (customers.restore). */
export function useDeleteCustomer() {
  const { t } = useTranslation();
  const show = useToastStore((s) => s.show);
  const dropLocal = useCustomerListStore((s) => s.dropLocal);
  const refresh = useCustomerListStore((s) => s.refresh);
  const reportError = useReportError();

  return useCallback(
    async (customer: { id: string; name: string }): Promise<boolean> => {
      try {
        await api.customers.remove({ id: customer.id });
      } catch (error) {
        reportError(error);
        return false;
      }
      // Remove the row at once; the data.changed refresh will agree shortly after.
      dropLocal(customer.id);
      show({
        tone: 'info',
        title: t('customers.deleted', { name: customer.name }),
        duration: UNDO_WINDOW_MS,
        action: {
          label: t('common.undo'),
          run: () => {
            api.customers
              .restore({ id: customer.id })
              .then(() => {
                show({ tone: 'info', title: t('customers.restored', { name: customer.name }) });
                void refresh();
              })
              .catch(reportError);
          },
        },
      });
      return true;
    },
    [t, show, dropLocal, refresh, reportError],
  );
}
