import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/enums';
import type { ReminderView } from '../../../shared/domain/reminder';
import type { Messages } from '../../../renderer/i18n/zh-cn';
import { remindersLocale } from '../../../renderer/features/reminders/locale';
import type { RemindersMessages } from '../../../renderer/features/reminders/locale-zh-cn';
import type { DueShortcut } from '../../../renderer/features/reminders/due-shortcuts';

/** The reminders strings in the test's language (they live in a feature locale, not Messages). */
export function reminderText(lang: Language): RemindersMessages {
  return lang === 'zh-CN' ? remindersLocale.zhCN : remindersLocale.en;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class RemindersPage {
  readonly r: RemindersMessages;
  readonly rows: Locator;
  readonly badge: Locator;
  readonly form: Locator;
  readonly empty: Locator;

  constructor(
    readonly page: Page,
    readonly text: Messages,
    lang: Language,
  ) {
    this.r = reminderText(lang);
    this.rows = page.getByTestId('reminder');
    this.badge = page.getByTestId('reminders-badge');
    this.form = page.getByTestId('reminder-form');
    this.empty = page.getByTestId('reminders-empty');
  }

  async goto(baseUrl: string, view: ReminderView = 'today'): Promise<void> {
    await this.page.goto(`${baseUrl}/#/reminders?view=${view}`);
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.r.title });
  }

  /** From the sidebar, as a user would. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: this.text.nav.reminders })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** A tab's accessible name is its label followed by its count, when there is one. */
  tab(view: ReminderView): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${escape(this.r.tabs[view])}`) });
  }

  async showTab(view: ReminderView): Promise<void> {
    await this.tab(view).click();
    await expect(this.tab(view)).toHaveAttribute('aria-selected', 'true');
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  /** Quick add: pick the customer by a search, type the title, choose a date shortcut, save. */
  async quickAdd(values: {
    customerQuery: string;
    customerName: string;
    title: string;
    shortcut: DueShortcut;
  }): Promise<void> {
    await this.page.getByRole('button', { name: this.r.add }).first().click();
    await expect(this.form).toBeVisible();
    await this.form
      .getByRole('combobox', { name: this.r.form.customer })
      .fill(values.customerQuery);
    await this.form.getByRole('option', { name: new RegExp(escape(values.customerName)) }).click();
    await expect(this.form.getByTestId('picked-customer')).toContainText(values.customerName);
    await this.form.locator('[name="title"]').fill(values.title);
    await this.form.locator(`[data-shortcut="${values.shortcut}"]`).click();
    await this.save();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: this.text.common.save, exact: true }).click();
    await expect(this.form).toBeHidden();
  }

  snoozeMenu(): Locator {
    return this.page.getByTestId('snooze-menu');
  }
}
