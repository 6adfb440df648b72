import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../shared/domain/customer';

interface DuplicateBannerProps {
  matches: DuplicateMatch[];
  onOpen: (id: string) => void;
}

const MAX_SHOWN = 3;

export function DuplicateBanner({ matches, onOpen }: DuplicateBannerProps) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <div className="dup-banner" role="status" data-testid="duplicate-banner">
      {matches.slice(0, MAX_SHOWN).map((m) => (
        <div key={`${m.id}-${m.matchedOn}`} className="dup-banner__item">
          <span>
            {t(m.matchedOn === 'phone' ? 'form.duplicate.phone' : 'form.duplicate.email')}
          </span>{' '}
          <strong>{m.name}</strong>
          {m.company ? <span>（{m.company}）</span> : null}
          {m.deleted ? <span className="muted"> {t('form.duplicate.inTrash')}</span> : null}
          <button
            type="button"
            className="btn btn--sm dup-banner__open"
            onClick={() => onOpen(m.id)}
          >
            {t('common.open')}
          </button>
        </div>
      ))}
      <div className="dup-banner__hint">{t('form.duplicate.saveAnyway')}</div>
    </div>
  );
}
