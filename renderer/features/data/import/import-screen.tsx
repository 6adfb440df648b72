import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';
import { Stepper } from './stepper';
import { FileStep } from './file-step';
import { FormatStep } from './format-step';
import { MappingStep } from './mapping-step';
import { CheckStep } from './check-step';
import { OptionsStep } from './options-step';
import { RunStep } from './run-step';
import { SummaryStep } from './summary-step';
import '../data.css';

/** The CSV import wizard (route /import): file → format → mapping → check → options → run. */
export function ImportScreen() {
  const { t } = useTranslation();
  const step = useImportStore((s) => s.step);

  let body;
  switch (step) {
    case 'file':
      body = <FileStep />;
      break;
    case 'format':
      body = <FormatStep />;
      break;
    case 'mapping':
      body = <MappingStep />;
      break;
    case 'check':
      body = <CheckStep />;
      break;
    case 'options':
      body = <OptionsStep />;
      break;
    case 'run':
      body = <RunStep />;
      break;
    case 'summary':
      body = <SummaryStep />;
      break;
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('data.import.title')}</h1>
        <span className="page__subtitle">{t('data.import.subtitle')}</span>
      </header>
      <div className="page__body">
        <div className="wizard" data-testid="import-wizard" data-step={step}>
          <Stepper step={step} />
          {body}
        </div>
      </div>
    </div>
  );
}
