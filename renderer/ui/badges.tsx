import { useTranslation } from 'react-i18next';
import type { Stage, Tier } from '../../shared/domain/enums';

export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return <span className={`badge badge--tier-${tier}`}>{t(`enums.tier.${tier}`)}</span>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <span className={`badge badge--stage-${stage}`}>{t(`enums.stage.${stage}`)}</span>;
}
