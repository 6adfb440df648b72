import type { Language } from '../../shared/domain/enums';
import { en } from './en';
import { zhCN, type Messages } from './zh-cn';
import { remindersLocale } from '../features/reminders/locale';
import { dataLocale } from '../features/data/locale';
import { visitsLocale } from '../features/visits/locale';

/**
 * A feature's own strings under one top-level namespace (e.g. `reminders`), in both languages.
 * The English half is typed by the Chinese half, so a missing key is a compile error.
 */
export interface FeatureLocale<K extends string, T> {
  namespace: K;
  zhCN: T;
  en: T;
}

type Tree = { [key: string]: string | Tree };

/** Feature locales merged over the base tables; add one entry per feature. */
const features: FeatureLocale<string, Tree>[] = [remindersLocale, dataLocale, visitsLocale];

function merge(base: Messages, pick: (f: FeatureLocale<string, Tree>) => Tree): Messages {
  const out: Record<string, unknown> = { ...base };
  for (const feature of features) out[feature.namespace] = pick(feature);
  return out as Messages;
}

export const resources: Record<Language, Messages> = {
  'zh-CN': merge(zhCN, (f) => f.zhCN),
  en: merge(en, (f) => f.en),
};
