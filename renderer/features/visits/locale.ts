import type { FeatureLocale } from '../../i18n/resources';
import { visitsEn } from './locale-en';
import { visitsZhCN, type VisitsMessages } from './locale-zh-cn';

/** Visit plans, the day route, suggestions and the visits settings share `visits.*`. */
export const visitsLocale: FeatureLocale<'visits', VisitsMessages> = {
  namespace: 'visits',
  zhCN: visitsZhCN,
  en: visitsEn,
};
