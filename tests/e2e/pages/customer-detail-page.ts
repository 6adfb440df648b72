import { expect, type Locator, type Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/zh-cn';

export class CustomerDetailPage {
  readonly name: Locator;
  readonly contacts: Locator;
  readonly interactions: Locator;

  constructor(
    readonly page: Page,
    private readonly text: Messages,
  ) {
    this.name = page.getByTestId('customer-name');
    this.contacts = page.getByTestId('contact');
    this.interactions = page.getByTestId('interaction');
  }

  async expectCustomer(name: string): Promise<void> {
    await expect(this.name).toHaveText(name);
  }

  value(field: string): Locator {
    return this.page.locator(`.kv__value[data-field="${field}"]`);
  }

  async edit(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.common.edit, exact: true }).click();
  }

  async remove(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.common.delete, exact: true }).click();
  }

  async addContact(values: { name: string; title?: string; phone?: string }): Promise<void> {
    await this.page.getByRole('button', { name: this.text.contacts.add }).click();
    const dialog = this.page.getByTestId('contact-form');
    for (const [field, value] of Object.entries(values))
      await dialog.locator(`[name="${field}"]`).fill(value);
    await dialog.getByRole('button', { name: this.text.common.save }).click();
    await expect(dialog).toBeHidden();
  }

  async addInteraction(values: {
    type: string;
    summary: string;
    outcome?: string;
    nextStep?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: this.text.interactions.add }).click();
    const dialog = this.page.getByTestId('interaction-form');
    await dialog.locator('[name="type"]').selectOption(values.type);
    // The time defaults to now; the test leaves it as the user would.
    await expect(dialog.locator('[name="occurredAt"]')).not.toHaveValue('');
    await dialog.locator('[name="summary"]').fill(values.summary);
    if (values.outcome) await dialog.locator('[name="outcome"]').fill(values.outcome);
    if (values.nextStep) await dialog.locator('[name="nextStep"]').fill(values.nextStep);
    await dialog.getByRole('button', { name: this.text.common.save }).click();
    await expect(dialog).toBeHidden();
  }

  async addTag(tag: string): Promise<void> {
    const input = this.page.getByRole('textbox', { name: this.text.detail.addTag });
    await input.fill(tag);
    await input.press('Enter');
  }
}
