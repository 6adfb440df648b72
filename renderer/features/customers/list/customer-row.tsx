import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../../../shared/domain/customer';
import { StageBadge, TierBadge } from '../../../ui/badges';
import { BuildingIcon, CheckIcon, UserIcon } from '../../../ui/icons';
import { useCustomerSelection } from './selection-bar';

interface RowProps {
  customer: CustomerListItem;
  index: number;
  selected: boolean;
  top: number;
  height: number;
  relative: (iso: string | null) => string | null;
  onOpen: (index: number) => void;
}

const MAX_TAGS = 2;

export const CustomerRow = memo(function CustomerRow({
  customer: c,
  index,
  selected,
  top,
  height,
  relative,
  onOpen,
}: RowProps) {
  const { t } = useTranslation();
  const sub = c.company && c.company !== c.name ? c.company : c.industry;
  const extraTags = c.tags.length - MAX_TAGS;
  const picked = useCustomerSelection((s) => s.picked.some((p) => p.id === c.id));
  const toggle = useCustomerSelection((s) => s.toggle);
  return (
    <div
      id={`customer-row-${index}`}
      role="row"
      aria-selected={selected}
      aria-rowindex={index + 2}
      className={selected ? 'grid-row row row--selected' : 'grid-row row'}
      style={{ transform: `translateY(${top}px)`, height }}
      data-testid="customer-row"
      data-picked={picked || undefined}
      onClick={(e) => {
        // Ctrl/⌘-click picks the row for a bulk action instead of opening it.
        if (e.ctrlKey || e.metaKey) toggle({ id: c.id, name: c.name });
        else onOpen(index);
      }}
    >
      <div role="gridcell" className="cell cell--name">
        <span className={`kind kind--${c.kind}`} title={t(`enums.kind.${c.kind}`)}>
          {picked ? (
            <CheckIcon size={14} />
          ) : c.kind === 'company' ? (
            <BuildingIcon size={14} />
          ) : (
            <UserIcon size={14} />
          )}
        </span>
        <span className="name-stack">
          <span className="name-stack__name">{c.name}</span>
          {sub ? <span className="name-stack__sub">{sub}</span> : null}
        </span>
      </div>
      <div role="gridcell" className="cell cell--mono">
        {c.phone ?? <span className="muted">{t('common.none')}</span>}
      </div>
      <div role="gridcell" className="cell">
        <TierBadge tier={c.tier} />
      </div>
      <div role="gridcell" className="cell">
        <StageBadge stage={c.stage} />
      </div>
      <div role="gridcell" className="cell cell--text">
        {c.city ?? <span className="muted">{t('common.none')}</span>}
      </div>
      <div role="gridcell" className="cell cell--text">
        {c.owner ?? <span className="muted">{t('common.none')}</span>}
      </div>
      <div role="gridcell" className="cell cell--tags">
        {c.tags.slice(0, MAX_TAGS).map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        {extraTags > 0 ? <span className="muted">+{extraTags}</span> : null}
      </div>
      <div role="gridcell" className="cell cell--text cell--secondary">
        {relative(c.lastContactAt) ?? <span className="muted">{t('customers.never')}</span>}
      </div>
      <div role="gridcell" className="cell cell--text cell--secondary">
        {relative(c.updatedAt)}
      </div>
    </div>
  );
});
