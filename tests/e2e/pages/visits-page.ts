import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/enums';
import { visitsLocale } from '../../../renderer/features/visits/locale';
import type { VisitsMessages } from '../../../renderer/features/visits/locale-zh-cn';

/** The visits strings in the test's language (a feature locale, not Messages). */
export function visitText(lang: Language): VisitsMessages {
  return lang === 'zh-CN' ? visitsLocale.zhCN : visitsLocale.en;
}

export class VisitsPage {
  readonly v: VisitsMessages;
  readonly cards: Locator;
  readonly rows: Locator;
  readonly completeDialog: Locator;
  readonly planDialog: Locator;

  constructor(
    readonly page: Page,
    lang: Language,
  ) {
    this.v = visitText(lang);
    this.cards = page.getByTestId('visit-card');
    this.rows = page.getByTestId('visit-row');
    this.completeDialog = page.getByTestId('complete-visit-dialog');
    this.planDialog = page.getByTestId('plan-visit-dialog');
  }

  async gotoWeek(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/visits?view=week`);
    await expect(this.page.getByTestId('week')).toBeVisible();
  }

  async gotoDay(baseUrl: string, date: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/visits/day/${date}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  day(date: string): Locator {
    return this.page.getByTestId(`week-day-${date}`);
  }

  row(customer: string): Locator {
    return this.rows.filter({ hasText: customer });
  }

  async completeWithFollowUp(customer: string, outcome: string, title: string): Promise<void> {
    await this.row(customer).getByRole('button', { name: this.v.actions.complete }).click();
    const dialog = this.completeDialog;
    await dialog.getByRole('textbox', { name: this.v.complete.outcome }).fill(outcome);
    await dialog.getByRole('checkbox', { name: this.v.complete.followUp }).check();
    await dialog.getByRole('textbox', { name: this.v.complete.followUpTitle }).fill(title);
    await dialog.locator('[data-shortcut="tomorrow"]').click();
    await dialog.getByRole('button', { name: this.v.complete.confirm }).click();
    await expect(dialog).toBeHidden();
  }
}
