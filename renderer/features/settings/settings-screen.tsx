import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { applyLanguage, currentLanguage } from '../../i18n/setup';
import { formatCount } from '../../i18n/use-date-format';
import { useReportError } from '../../ui/use-report-error';
import { ReminderRulesSection } from './reminder-rules-section';
import { BackupSection } from '../data/backup/backup-section';
import { SnapshotsSection } from '../data/backup/snapshots-section';
import { VisitSettingsSection } from '../visits/visit-settings-section';
import '../visits/visits.css';
import './settings.css';

type AppInfo = ChannelOutput<'app.info'>;

const LANGUAGE_OPTIONS: { value: Language; labelKey: string }[] = [
  { value: 'zh-CN', labelKey: 'settings.chinese' },
  { value: 'en', labelKey: 'settings.english' },
];

export function SettingsScreen() {
  // useTranslation re-renders this screen when the language changes.
  const { t } = useTranslation();
  const reportError = useReportError();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const language = currentLanguage();

  useEffect(() => {
    api.app.info(undefined).then(setInfo).catch(reportError);
  }, [reportError]);

  async function choose(next: Language) {
    if (next === language) return;
    const previous = language;
    applyLanguage(next);
    try {
      await api.settings.update({ language: next });
    } catch (error) {
      applyLanguage(previous);
      reportError(error);
    }
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('settings.title')}</h1>
      </header>
      <div className="page__body settings">
        <section className="settings__card">
          <h2 className="settings__heading" id="language-heading">
            {t('settings.language')}
          </h2>
          <p className="settings__hint">{t('settings.languageHint')}</p>
          <div className="segmented" role="radiogroup" aria-labelledby="language-heading">
            {LANGUAGE_OPTIONS.map((opt) => (
              <button
                key={opt.value}
                type="button"
                role="radio"
                aria-checked={language === opt.value}
                className="segmented__option"
                lang={opt.value}
                onClick={() => void choose(opt.value)}
              >
                {t(opt.labelKey)}
              </button>
            ))}
          </div>
        </section>
        <ReminderRulesSection />
        <VisitSettingsSection />
        <BackupSection />
        <SnapshotsSection />
        <section className="settings__card">
          <h2 className="settings__heading">{t('settings.appInfo')}</h2>
          <dl className="settings__info" data-testid="app-info">
            <dt>{t('settings.version')}</dt>
            <dd>{info?.version ?? '…'}</dd>
            <dt>{t('settings.schemaVersion')}</dt>
            <dd>{info?.schemaVersion ?? '…'}</dd>
            <dt>{t('settings.customerCount')}</dt>
            <dd>{info ? formatCount(info.customerCount) : '…'}</dd>
            <dt>{t('settings.dbPath')}</dt>
            <dd className="settings__path">{info?.dbPath ?? '…'}</dd>
          </dl>
        </section>
        <section className="settings__card">
          <h2 className="settings__heading">{t('settings.shortcuts')}</h2>
          <dl className="settings__info settings__keys">
            <dt>
              <kbd>/</kbd> <kbd>Ctrl</kbd>+<kbd>K</kbd>
            </dt>
            <dd>{t('settings.shortcutSearch')}</dd>
            <dt>
              <kbd>N</kbd>
            </dt>
            <dd>{t('settings.shortcutNew')}</dd>
            <dt>
              <kbd>↑</kbd> <kbd>↓</kbd>
            </dt>
            <dd>{t('settings.shortcutMove')}</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>{t('settings.shortcutOpen')}</dd>
            <dt>
              <kbd>Delete</kbd>
            </dt>
            <dd>{t('settings.shortcutDelete')}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
