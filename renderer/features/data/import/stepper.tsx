import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../../../ui/icons';
import { useImportStore, type ImportStep } from './import-store';

// The run is part of the last item: "Importing" while it runs, "Done" after.
const SHOWN = ['file', 'format', 'mapping', 'check', 'options', 'summary'] as const;

export function Stepper({ step }: { step: ImportStep }) {
  const { t } = useTranslation();
  const goTo = useImportStore((s) => s.goTo);
  const current = step === 'run' ? SHOWN.length - 1 : SHOWN.indexOf(step);
  // Going back is allowed until the import has started.
  const canGoBack = step !== 'run' && step !== 'summary';
  return (
    <ol className="stepper" aria-label={t('data.import.steps.label')}>
      {SHOWN.map((item, i) => {
        const label = t(`data.import.steps.${item === 'summary' && step === 'run' ? 'run' : item}`);
        const done = i < current || step === 'summary';
        const num = (
          <span className="stepper__num" aria-hidden="true">
            {done ? <CheckIcon size={12} /> : i + 1}
          </span>
        );
        return (
          <li
            key={item}
            className={done ? 'stepper__item stepper__item--done' : 'stepper__item'}
            aria-current={i === current ? 'step' : undefined}
          >
            {done && canGoBack ? (
              <button type="button" className="stepper__link" onClick={() => goTo(item)}>
                {num}
                {label}
              </button>
            ) : (
              <>
                {num}
                {label}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
