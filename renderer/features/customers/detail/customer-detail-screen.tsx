import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useCustomerFormStore } from '../../../stores/customer-form-store';
import { useDateFormat } from '../../../i18n/use-date-format';
import { StageBadge, TierBadge } from '../../../ui/badges';
import {
  BuildingIcon,
  ChevronLeftIcon,
  PencilIcon,
  RestoreIcon,
  TrashIcon,
  UserIcon,
} from '../../../ui/icons';
import { useErrorText, useReportError } from '../../../ui/use-report-error';
import { useDeleteCustomer } from '../use-delete-customer';
import { useCustomerDetail } from './use-customer-detail';
import { AddressSection, BasicInfo, Classification, NotesSection } from './info-sections';
import { TagsEditor } from './tags-editor';
import { ContactsSection } from './contacts-section';
import { InteractionsSection } from './interactions-section';
import { CustomerReminders } from './customer-reminders';
import { CustomerVisits } from '../../visits/customer-visits';
import './detail.css';

export function CustomerDetailScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { relative } = useDateFormat();
  const { detail, error, reload } = useCustomerDetail(id);
  const openEdit = useCustomerFormStore((s) => s.openEdit);
  const removeCustomer = useDeleteCustomer();
  const reportError = useReportError();
  const errorText = useErrorText();

  const back = (
    <Link to="/customers" className="back-link">
      <ChevronLeftIcon size={14} />
      {t('detail.back')}
    </Link>
  );

  if (error) {
    const { title, help } = errorText(error);
    return (
      <div className="page">
        <header className="page__header">{back}</header>
        <div className="empty" role="alert">
          <h2 className="empty__title">{t('detail.loadError')}</h2>
          <p className="empty__text">{title}</p>
          <p className="empty__hint">{help}</p>
        </div>
      </div>
    );
  }
  if (!detail) {
    return (
      <div className="page">
        <header className="page__header">{back}</header>
        <div className="list-loading">
          <span className="spinner" /> {t('common.loading')}
        </div>
      </div>
    );
  }

  const { customer: c, contacts, interactions } = detail;
  const refresh = reload;

  return (
    <div className="page">
      <header className="page__header detail-header">
        <div className="detail-header__top">{back}</div>
        <div className="detail-header__main">
          <span className={`kind kind--${c.kind} kind--lg`} title={t(`enums.kind.${c.kind}`)}>
            {c.kind === 'company' ? <BuildingIcon size={20} /> : <UserIcon size={20} />}
          </span>
          <div className="detail-header__titles">
            <h1 className="page__title" data-testid="customer-name">
              {c.name}
            </h1>
            <div className="detail-header__sub">
              {c.company && c.company !== c.name ? <span>{c.company}</span> : null}
              <TierBadge tier={c.tier} />
              <StageBadge stage={c.stage} />
              <span className="muted">
                {t('detail.updatedAt', { when: relative(c.updatedAt) })}
              </span>
            </div>
          </div>
          <div className="page__actions">
            {c.deletedAt ? (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  void api.customers.restore({ id: c.id }).then(refresh).catch(reportError)
                }
              >
                <RestoreIcon size={14} />
                {t('common.restore')}
              </button>
            ) : (
              <>
                <button type="button" className="btn" onClick={() => openEdit(c)}>
                  <PencilIcon size={14} />
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn--danger"
                  onClick={() => {
                    void removeCustomer(c).then((removed) => {
                      if (removed) void navigate('/customers');
                    });
                  }}
                >
                  <TrashIcon size={14} />
                  {t('common.delete')}
                </button>
              </>
            )}
          </div>
        </div>
      </header>
      <div className="page__body detail">
        <div className="detail__side">
          <BasicInfo customer={c} />
          <Classification customer={c} />
          <TagsEditor customer={c} onChanged={refresh} />
          <AddressSection customer={c} />
          <NotesSection customer={c} />
        </div>
        <div className="detail__main">
          {c.deletedAt ? null : <CustomerReminders customerId={c.id} name={c.name} />}
          {c.deletedAt ? null : <CustomerVisits customerId={c.id} name={c.name} />}
          <ContactsSection customerId={c.id} contacts={contacts} onChanged={refresh} />
          <InteractionsSection
            customerId={c.id}
            contacts={contacts}
            interactions={interactions}
            onChanged={refresh}
          />
        </div>
      </div>
    </div>
  );
}
