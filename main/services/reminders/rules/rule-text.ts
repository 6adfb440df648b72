import type { Language } from '../../../../shared/domain/enums';

// Rule reminders are stored with a readable title in the user's language at creation time
// (they are ordinary reminders the user may edit); the source tells the UI which rule made them.

export interface RuleText {
  noContactPrefix: string;
  noContactSuffix: (days: number) => string;
  /** prefix, between name and date, suffix */
  birthdayCustomer: [string, string, string];
  /** prefix, between contact and customer, between customer and date, suffix */
  birthdayContact: [string, string, string, string];
  visitFollowUpPrefix: string;
  dateLabel: (month: number, day: number) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const TEXT: Record<Language, RuleText> = {
  'zh-CN': {
    noContactPrefix: '跟进：',
    noContactSuffix: (days) => `（已超过 ${days} 天未联系）`,
    birthdayCustomer: ['客户关怀：', ' 生日（', '）'],
    birthdayContact: ['客户关怀：', '（', '）生日（', '）'],
    visitFollowUpPrefix: '拜访跟进：',
    dateLabel: (month, day) => `${month}月${day}日`,
  },
  en: {
    noContactPrefix: 'Follow up: ',
    noContactSuffix: (days) => ` (no contact for over ${days} days)`,
    birthdayCustomer: ['Birthday: ', ' (', ')'],
    birthdayContact: ['Birthday: ', ' of ', ' (', ')'],
    visitFollowUpPrefix: 'Visit follow-up: ',
    dateLabel: (month, day) => `${MONTHS[month - 1] ?? month} ${day}`,
  },
};

export function ruleText(language: Language | null): RuleText {
  return TEXT[language ?? 'zh-CN'];
}
