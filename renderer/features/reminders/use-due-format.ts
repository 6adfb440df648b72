import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  differenceInCalendarDays,
  format,
  isSameYear,
  isValid,
  parseISO,
  formatDistanceStrict,
} from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';

/**
 * Due times as people say them: "今天 18:00", "明天 09:00", "周一 09:00", "3月12日 09:00".
 * Works on Dates in local time, so the UTC instant from the API is shown on the user's clock.
 */
export function useDueFormat() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';

  const label = useCallback(
    (when: Date, now: Date = new Date()): string => {
      if (!isValid(when)) return '';
      const locale = zh ? zhCN : enUS;
      const time = format(when, 'HH:mm');
      const days = differenceInCalendarDays(when, now);
      if (days === 0) return t('reminders.due.today', { time });
      if (days === 1) return t('reminders.due.tomorrow', { time });
      if (days === -1) return t('reminders.due.yesterday', { time });
      // Within the coming week the weekday is the clearest name for a day.
      if (days > 1 && days < 7) return `${format(when, 'EEE', { locale })} ${time}`;
      const pattern = isSameYear(when, now)
        ? zh
          ? 'M月d日 HH:mm'
          : 'MMM d, HH:mm'
        : zh
          ? 'yyyy年M月d日 HH:mm'
          : 'MMM d, yyyy, HH:mm';
      return format(when, pattern, { locale });
    },
    [t, zh],
  );

  const fromIso = useCallback((iso: string): string => label(parseISO(iso)), [label]);

  /** "逾期 3 天" / "3 days overdue", for reminders whose time has passed. */
  const overdueBy = useCallback(
    (iso: string, now: Date = new Date()): string => {
      const when = parseISO(iso);
      if (!isValid(when)) return '';
      const distance = formatDistanceStrict(when, now, { locale: zh ? zhCN : enUS });
      return t('reminders.due.overdueBy', { distance });
    },
    [t, zh],
  );

  /** Full date and time for tooltips. */
  const full = useCallback(
    (iso: string): string => {
      const when = parseISO(iso);
      if (!isValid(when)) return iso;
      return format(when, zh ? 'yyyy年M月d日 EEEE HH:mm' : 'EEEE, MMM d, yyyy HH:mm', {
        locale: zh ? zhCN : enUS,
      });
    },
    [zh],
  );

  return { label, fromIso, overdueBy, full };
}
