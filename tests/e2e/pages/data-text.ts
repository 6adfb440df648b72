import type { Language } from '../../../shared/domain/enums';
import { dataEn } from '../../../renderer/features/data/locale-en';
import { dataZhCN, type DataMessages } from '../../../renderer/features/data/locale-zh-cn';

/** The `data.*` strings in the test's language (feature locales are not in Messages' type). */
export function dataText(lang: Language): DataMessages {
  return lang === 'zh-CN' ? dataZhCN : dataEn;
}
