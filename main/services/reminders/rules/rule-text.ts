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

/** The parts of an automatic title, as the rules store them in reminders.title_args. */
type TitleArgs =
  | { rule: 'no-contact'; days: number }
  | { rule: 'birthday'; month: number; day: number; contact?: string | null }
  | { rule: 'visit-follow-up'; nextStep: string };

function parseTitleArgs(json: string): TitleArgs | null {
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    const num = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
    if (v.rule === 'no-contact' && num(v.days)) return { rule: v.rule, days: v.days };
    if (v.rule === 'birthday' && num(v.month) && num(v.day)) {
      const contact = typeof v.contact === 'string' ? v.contact : null;
      return { rule: v.rule, month: v.month, day: v.day, contact };
    }
    if (v.rule === 'visit-follow-up' && typeof v.nextStep === 'string') {
      return { rule: v.rule, nextStep: v.nextStep };
    }
  } catch {
    // A damaged value shows the stored title.
  }
  return null;
}

/**
 * A rule reminder's title in the user's language now, from the same pieces the rules write
 * (and the customer's current name); the stored title when the user typed their own.
 */
export function displayTitle(
  row: { title: string; title_args: string | null; customer_name: string },
  language: Language | null,
): string {
  const args = row.title_args === null ? null : parseTitleArgs(row.title_args);
  if (args === null) return row.title;
  const t = ruleText(language);
  const name = row.customer_name;
  let title: string;
  if (args.rule === 'no-contact') {
    title = t.noContactPrefix + name + t.noContactSuffix(args.days);
  } else if (args.rule === 'visit-follow-up') {
    title = t.visitFollowUpPrefix + args.nextStep;
  } else if (args.contact) {
    const [p, m1, m2, s] = t.birthdayContact;
    title = p + args.contact + m1 + name + m2 + t.dateLabel(args.month, args.day) + s;
  } else {
    const [p, m, s] = t.birthdayCustomer;
    title = p + name + m + t.dateLabel(args.month, args.day) + s;
  }
  return title.slice(0, 200);
}
