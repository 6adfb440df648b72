import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format, formatDistanceToNowStrict, isValid, parseISO } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';

/** Date helpers bound to the UI language, so every date on screen follows the language switch. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  return useMemo(() => {
    const locale = zh ? zhCN : enUS;
    const parse = (iso: string): Date | null => {
      const d = parseISO(iso);
      return isValid(d) ? d : null;
    };
    return {
      relative: (iso: string | null): string | null => {
        const d = iso ? parse(iso) : null;
        return d ? formatDistanceToNowStrict(d, { addSuffix: true, locale }) : null;
      },
      dateTime: (iso: string): string => {
        const d = parse(iso);
        return d ? format(d, zh ? 'yyyy年M月d日 HH:mm' : 'MMM d, yyyy HH:mm', { locale }) : iso;
      },
      date: (isoDate: string): string => {
        const d = parse(isoDate);
        return d ? format(d, zh ? 'yyyy年M月d日' : 'MMM d, yyyy', { locale }) : isoDate;
      },
    };
  }, [zh]);
}

const numberFormat = new Intl.NumberFormat('en-US');
/** 1000000 -> "1,000,000" in both languages (Chinese UIs also group by thousands). */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}
