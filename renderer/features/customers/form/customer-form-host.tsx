import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain/customer';
import { useCustomerFormStore } from '../../../stores/customer-form-store';
import { useCustomerListStore } from '../../../stores/customer-list-store';
import { useToastStore } from '../../../stores/toast-store';
import { CustomerForm } from './customer-form';

/** Mounts the create/edit form when the store asks for it (from any screen or the N key). */
export function CustomerFormHost() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const target = useCustomerFormStore((s) => s.target);
  const close = useCustomerFormStore((s) => s.close);
  const markSaved = useCustomerFormStore((s) => s.markSaved);
  const refreshList = useCustomerListStore((s) => s.refresh);
  const listStatus = useCustomerListStore((s) => s.status);
  const show = useToastStore((s) => s.show);

  if (!target) return null;
  const existing = target.mode === 'edit' ? target.customer : null;

  function onSaved(customer: Customer, created: boolean) {
    close();
    markSaved(customer);
    show({
      tone: 'info',
      title: t(created ? 'customers.created' : 'customers.saved', { name: customer.name }),
    });
    if (listStatus !== 'idle') void refreshList();
    if (created) void navigate(`/customers/${customer.id}`);
  }

  return (
    <CustomerForm
      key={existing?.id ?? 'new'}
      existing={existing}
      onClose={close}
      onSaved={onSaved}
      onOpenExisting={(id) => {
        close();
        void navigate(`/customers/${id}`);
      }}
    />
  );
}
