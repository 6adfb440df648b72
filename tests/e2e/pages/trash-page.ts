import { expect, type Locator, type Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/zh-cn';

export class TrashPage {
  readonly items: Locator;
  readonly empty: Locator;

  constructor(
    readonly page: Page,
    private readonly text: Messages,
  ) {
    this.items = page.getByTestId('trash-item');
    this.empty = page.getByTestId('trash-empty');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: this.text.nav.trash })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.text.trash.title }),
    ).toBeVisible();
  }

  item(name: string): Locator {
    return this.items.filter({ hasText: name });
  }

  async restore(name: string): Promise<void> {
    await this.item(name).getByRole('button', { name: this.text.common.restore }).click();
  }
}
