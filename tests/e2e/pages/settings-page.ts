import { expect, type Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/zh-cn';

export class SettingsPage {
  constructor(
    readonly page: Page,
    private readonly text: Messages,
  ) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: this.text.nav.settings })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.text.settings.title }),
    ).toBeVisible();
  }

  async chooseLanguage(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).click();
  }
}
