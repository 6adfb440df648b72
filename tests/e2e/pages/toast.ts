import type { Locator, Page } from '@playwright/test';

export class Toasts {
  readonly all: Locator;

  constructor(readonly page: Page) {
    this.all = page.getByTestId('toast');
  }

  withText(text: string): Locator {
    return this.all.filter({ hasText: text });
  }

  async clickAction(toastText: string, action: string): Promise<void> {
    await this.withText(toastText).getByRole('button', { name: action, exact: true }).click();
  }
}
