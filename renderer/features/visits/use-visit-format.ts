import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';

/** Visit dates and distances in the UI language (local wall-clock times). */
export function useVisitFormat() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const locale = zh ? zhCN : enUS;

  const day = useCallback(
    (date: Date) => format(date, zh ? 'M月d日 EEEE' : 'EEEE, MMM d', { locale }),
    [zh, locale],
  );
  const shortDay = useCallback(
    (date: Date) => format(date, zh ? 'M月d日' : 'MMM d', { locale }),
    [zh, locale],
  );
  const weekday = useCallback((date: Date) => format(date, 'EEE', { locale }), [locale]);
  const when = useCallback(
    (iso: string) =>
      format(parseISO(iso), zh ? 'M月d日 EEE HH:mm' : 'EEE, MMM d, HH:mm', { locale }),
    [zh, locale],
  );
  /** Kilometres -> "850 米" / "12.4 公里" / "86 公里". */
  const distance = useCallback(
    (km: number) =>
      km < 1
        ? t('visits.meters', { n: Math.round(km * 100) * 10 })
        : t('visits.km', { n: km.toFixed(km < 10 ? 1 : 0) }),
    [t],
  );
  return { day, shortDay, weekday, when, distance, locale };
}
