import { expect, type Locator, type Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/zh-cn';

export type CustomerFormValues = Partial<
  Record<
    'name' | 'company' | 'title' | 'phone' | 'email' | 'city' | 'industry' | 'owner' | 'notes',
    string
  >
> &
  Partial<Record<'kind' | 'tier' | 'stage', string>>;

export class CustomerFormPage {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    private readonly text: Messages,
  ) {
    this.dialog = page.getByTestId('customer-form');
  }

  field(name: string): Locator {
    return this.dialog.locator(`[name="${name}"]`);
  }

  /** The message shown under a field. */
  error(name: string): Locator {
    return this.dialog
      .locator('.field', { has: this.page.locator(`[name="${name}"]`) })
      .locator('.field__error');
  }

  async fill(values: CustomerFormValues): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const control = this.field(name);
      if ((await control.evaluate((el) => el.tagName)) === 'SELECT')
        await control.selectOption(value);
      else await control.fill(value);
    }
  }

  async submit(): Promise<void> {
    await this.dialog.locator('button[type="submit"]').click();
  }

  async expectClosed(): Promise<void> {
    await expect(this.dialog).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.text.common.cancel }).click();
  }
}
