import type { FeatureLocale } from '../../i18n/resources';
import { remindersEn } from './locale-en';
import { remindersZhCN, type RemindersMessages } from './locale-zh-cn';

/** Reminders, the Today page and the reminder rules share one namespace: `reminders.*`. */
export const remindersLocale: FeatureLocale<'reminders', RemindersMessages> = {
  namespace: 'reminders',
  zhCN: remindersZhCN,
  en: remindersEn,
};
