import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain/customer';
import { useDateFormat } from '../../../i18n/use-date-format';
import { StageBadge, TierBadge } from '../../../ui/badges';

export function Section({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="section" data-testid={testId}>
      <header className="section__header">
        <h2 className="section__title">{title}</h2>
        {actions ? <div className="section__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

function Row({ label, children, field }: { label: string; children: ReactNode; field?: string }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="kv__row">
      <dt className="kv__key">{label}</dt>
      <dd className="kv__value" data-field={field}>
        {empty ? <span className="muted">{t('common.none')}</span> : children}
      </dd>
    </div>
  );
}

export function BasicInfo({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  return (
    <Section title={t('detail.sections.basic')}>
      <dl className="kv">
        <Row label={t('fields.kind')}>{t(`enums.kind.${c.kind}`)}</Row>
        <Row label={t('fields.phone')} field="phone">
          {c.phone}
        </Row>
        <Row label={t('fields.email')} field="email">
          {c.email}
        </Row>
        <Row label={t('fields.title')} field="title">
          {c.title}
        </Row>
        <Row label={t('fields.gender')}>{c.gender ? t(`enums.gender.${c.gender}`) : null}</Row>
        <Row label={t('fields.birthday')}>{c.birthday ? date(c.birthday) : null}</Row>
      </dl>
    </Section>
  );
}

export function Classification({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  return (
    <Section title={t('detail.sections.classification')}>
      <dl className="kv">
        <Row label={t('fields.tier')}>
          <TierBadge tier={c.tier} />
        </Row>
        <Row label={t('fields.stage')}>
          <StageBadge stage={c.stage} />
        </Row>
        <Row label={t('fields.industry')} field="industry">
          {c.industry}
        </Row>
        <Row label={t('fields.size')}>{c.size ? t(`enums.size.${c.size}`) : null}</Row>
        <Row label={t('fields.source')}>{c.source ? t(`enums.source.${c.source}`) : null}</Row>
        <Row label={t('fields.owner')} field="owner">
          {c.owner}
        </Row>
      </dl>
    </Section>
  );
}

export function AddressSection({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const region = [c.province, c.city, c.district].filter(Boolean).join(' · ');
  const coords =
    c.lat !== null && c.lng !== null ? `${c.lat.toFixed(5)}, ${c.lng.toFixed(5)}` : null;
  return (
    <Section title={t('detail.sections.address')}>
      {region || c.address ? (
        <div className="address">
          {region ? <div className="address__region">{region}</div> : null}
          {c.address ? <div className="address__street">{c.address}</div> : null}
          {coords ? <div className="address__coords muted">{coords}</div> : null}
        </div>
      ) : (
        <p className="muted">{t('detail.noAddress')}</p>
      )}
    </Section>
  );
}

export function NotesSection({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  return (
    <Section title={t('detail.sections.notes')}>
      {c.notes ? (
        <p className="notes">{c.notes}</p>
      ) : (
        <p className="muted">{t('detail.noNotes')}</p>
      )}
    </Section>
  );
}
