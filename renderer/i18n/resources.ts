import type { Language } from '../../shared/domain/enums';
import { en } from './en';
import { zhCN, type Messages } from './zh-cn';

export const resources: Record<Language, Messages> = { 'zh-CN': zhCN, en };
