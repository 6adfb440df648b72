import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/enums';
import { resources } from './resources';

/** What the OS/browser prefers, used until the user picks a language in Settings. */
export function detectLanguage(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function setupI18n(initial: Language) {
  void i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: resources['zh-CN'] },
      en: { translation: resources.en },
    },
    lng: initial,
    fallbackLng: 'en',
    // React already escapes text; double escaping would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = initial;
  return i18next;
}

export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18next.language === 'zh-CN' ? 'zh-CN' : 'en';
}
