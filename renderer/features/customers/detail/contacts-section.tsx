import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import { api } from '../../../lib/api';
import { useToastStore } from '../../../stores/toast-store';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import {
  MailIcon,
  MessageCircleIcon,
  PencilIcon,
  PhoneIcon,
  PlusIcon,
  StarIcon,
  TrashIcon,
} from '../../../ui/icons';
import { useReportError } from '../../../ui/use-report-error';
import { ContactForm } from './contact-form';
import { Section } from './info-sections';

interface ContactsSectionProps {
  customerId: string;
  contacts: Contact[];
  onChanged: () => void;
}

type Editing = { contact: Contact | null } | null;

export function ContactsSection({ customerId, contacts, onChanged }: ContactsSectionProps) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const show = useToastStore((s) => s.show);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);

  function run(action: Promise<unknown>, done?: () => void) {
    action
      .then(() => {
        done?.();
        onChanged();
      })
      .catch(reportError);
  }

  return (
    <Section
      title={t('detail.sections.contacts')}
      testId="contacts-section"
      actions={
        <button type="button" className="btn btn--sm" onClick={() => setEditing({ contact: null })}>
          <PlusIcon size={14} />
          {t('contacts.add')}
        </button>
      }
    >
      {contacts.length === 0 ? <p className="muted section__empty">{t('contacts.empty')}</p> : null}
      <ul className="contacts">
        {contacts.map((c) => (
          <li key={c.id} className="contact" data-testid="contact">
            <div className="contact__avatar" aria-hidden="true">
              {c.name.slice(0, 1)}
            </div>
            <div className="contact__main">
              <div className="contact__name">
                {c.name}
                {c.title ? <span className="contact__title">{c.title}</span> : null}
                {c.isPrimary ? (
                  <span className="badge badge--accent">{t('contacts.primary')}</span>
                ) : null}
              </div>
              <div className="contact__meta">
                {c.phone ? (
                  <span>
                    <PhoneIcon size={12} /> {c.phone}
                  </span>
                ) : null}
                {c.email ? (
                  <span>
                    <MailIcon size={12} /> {c.email}
                  </span>
                ) : null}
                {c.wechat ? (
                  <span>
                    <MessageCircleIcon size={12} /> {c.wechat}
                  </span>
                ) : null}
              </div>
            </div>
            <div className="contact__actions">
              {c.isPrimary ? null : (
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  onClick={() => run(api.contacts.update({ id: c.id, patch: { isPrimary: true } }))}
                >
                  <StarIcon size={13} />
                  {t('contacts.makePrimary')}
                </button>
              )}
              <button
                type="button"
                className="btn btn--ghost btn--icon btn--sm"
                aria-label={`${t('common.edit')} ${c.name}`}
                onClick={() => setEditing({ contact: c })}
              >
                <PencilIcon size={13} />
              </button>
              <button
                type="button"
                className="btn btn--ghost btn--icon btn--sm"
                aria-label={`${t('common.remove')} ${c.name}`}
                onClick={() => setRemoving(c)}
              >
                <TrashIcon size={13} />
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <ContactForm
          customerId={customerId}
          existing={editing.contact}
          firstContact={contacts.length === 0}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('contacts.removeTitle', { name: removing.name })}
          body={t('contacts.removeBody')}
          confirmLabel={t('common.confirmRemove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const contact = removing;
            setRemoving(null);
            run(api.contacts.remove({ id: contact.id }), () =>
              show({ tone: 'info', title: t('contacts.removed', { name: contact.name }) }),
            );
          }}
        />
      ) : null}
    </Section>
  );
}
