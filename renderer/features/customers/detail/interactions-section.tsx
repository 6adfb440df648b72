import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import type { Interaction } from '../../../../shared/domain/interaction';
import { api } from '../../../lib/api';
import { useDateFormat } from '../../../i18n/use-date-format';
import { useToastStore } from '../../../stores/toast-store';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { PencilIcon, PlusIcon, TrashIcon } from '../../../ui/icons';
import { useReportError } from '../../../ui/use-report-error';
import { InteractionForm } from './interaction-form';
import { InteractionIcon } from './interaction-icon';
import { Section } from './info-sections';

interface InteractionsSectionProps {
  customerId: string;
  contacts: Contact[];
  interactions: Interaction[];
  onChanged: () => void;
}

export function InteractionsSection({
  customerId,
  contacts,
  interactions,
  onChanged,
}: InteractionsSectionProps) {
  const { t } = useTranslation();
  const { dateTime, relative } = useDateFormat();
  const reportError = useReportError();
  const show = useToastStore((s) => s.show);
  const [editing, setEditing] = useState<{ interaction: Interaction | null } | null>(null);
  const [removing, setRemoving] = useState<Interaction | null>(null);
  // Newest first regardless of the order the server used.
  const sorted = useMemo(
    () => [...interactions].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    [interactions],
  );

  return (
    <Section
      title={t('detail.sections.interactions')}
      testId="interactions-section"
      actions={
        <button
          type="button"
          className="btn btn--sm btn--primary"
          onClick={() => setEditing({ interaction: null })}
        >
          <PlusIcon size={14} />
          {t('interactions.add')}
        </button>
      }
    >
      {sorted.length === 0 ? (
        <p className="muted section__empty">{t('interactions.empty')}</p>
      ) : null}
      <ol className="timeline">
        {sorted.map((it) => (
          <li key={it.id} className="tl-item" data-testid="interaction">
            <InteractionIcon type={it.type} />
            <div className="tl-item__body">
              <div className="tl-item__head">
                <span className="tl-item__type">{t(`enums.interactionType.${it.type}`)}</span>
                <time
                  dateTime={it.occurredAt}
                  title={dateTime(it.occurredAt)}
                  className="tl-item__time"
                >
                  {dateTime(it.occurredAt)} · {relative(it.occurredAt)}
                </time>
                {it.contactName ? (
                  <span className="tl-item__contact">
                    {t('interactions.withContact', { name: it.contactName })}
                  </span>
                ) : null}
                <span className="tl-item__actions">
                  <button
                    type="button"
                    className="btn btn--ghost btn--icon btn--sm"
                    aria-label={t('interactions.editTitle')}
                    onClick={() => setEditing({ interaction: it })}
                  >
                    <PencilIcon size={13} />
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost btn--icon btn--sm"
                    aria-label={t('interactions.remove')}
                    onClick={() => setRemoving(it)}
                  >
                    <TrashIcon size={13} />
                  </button>
                </span>
              </div>
              <p className="tl-item__summary">{it.summary}</p>
              {it.outcome ? (
                <p className="tl-item__extra">
                  <span className="tl-item__label">{t('interactions.outcome')}</span>
                  {it.outcome}
                </p>
              ) : null}
              {it.nextStep ? (
                <p className="tl-item__extra">
                  <span className="tl-item__label">{t('interactions.nextStep')}</span>
                  {it.nextStep}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {editing ? (
        <InteractionForm
          customerId={customerId}
          contacts={contacts}
          existing={editing.interaction}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('interactions.removeTitle')}
          body={t('interactions.removeBody')}
          confirmLabel={t('common.delete')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const target = removing;
            setRemoving(null);
            api.interactions
              .remove({ id: target.id })
              .then(() => {
                show({ tone: 'info', title: t('interactions.removed') });
                onChanged();
              })
              .catch(reportError);
          }}
        />
      ) : null}
    </Section>
  );
}
