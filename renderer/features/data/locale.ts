import type { FeatureLocale } from '../../i18n/resources';
import { dataEn } from './locale-en';
import { dataZhCN, type DataMessages } from './locale-zh-cn';

/** Strings of the import wizard, export dialog and backup section, under `data.*`. */
export const dataLocale: FeatureLocale<'data', DataMessages> = {
  namespace: 'data',
  zhCN: dataZhCN,
  en: dataEn,
};
