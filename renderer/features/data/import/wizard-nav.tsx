import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface WizardNavProps {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  busy?: boolean;
  children?: ReactNode;
}

/** Back / Next at the bottom of a wizard step. */
export function WizardNav({
  onBack,
  onNext,
  nextLabel,
  nextDisabled,
  busy,
  children,
}: WizardNavProps) {
  const { t } = useTranslation();
  return (
    <div className="card__actions">
      {onBack ? (
        <button type="button" className="btn" onClick={onBack}>
          {t('data.import.back')}
        </button>
      ) : null}
      <span className="spacer" />
      {children}
      {onNext ? (
        <button
          type="button"
          className="btn btn--primary"
          onClick={onNext}
          disabled={nextDisabled || busy}
        >
          {busy ? <span className="spinner" /> : null}
          {nextLabel ?? t('data.import.next')}
        </button>
      ) : null}
    </div>
  );
}
