import { useTranslation } from 'react-i18next';
import { COLUMN_LABELS, type ExportColumn, type ImportField } from '../../../shared/domain/import';

/** Kemai field names as the UI shows them; the same labels localized exports write. */
export function useFieldLabel(): (field: ImportField | ExportColumn) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (field) => COLUMN_LABELS[field][lang];
}

/** The last segment of a path, for either slash (Windows and POSIX paths both reach here). */
export function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
