import { expect, type Locator, type Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/zh-cn';

export class CustomerListPage {
  readonly search: Locator;
  readonly rows: Locator;
  readonly list: Locator;
  readonly total: Locator;
  readonly emptyDatabase: Locator;
  readonly noResults: Locator;

  constructor(
    readonly page: Page,
    private readonly text: Messages,
  ) {
    this.search = page.getByRole('searchbox', { name: text.customers.searchLabel });
    this.rows = page.getByTestId('customer-row');
    this.list = page.getByTestId('customer-list');
    this.total = page.getByTestId('customer-total');
    this.emptyDatabase = page.getByTestId('empty-database');
    this.noResults = page.getByTestId('no-results');
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/customers`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.text.customers.title }),
    ).toBeVisible();
  }

  /** From the sidebar, as a user would. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: this.text.nav.customers })
      .click();
  }

  async newCustomer(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.customers.new }).first().click();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('.name-stack__name', { hasText: name }) });
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
  }

  async expectOnlyMatch(name: string): Promise<void> {
    await expect(this.row(name)).toBeVisible();
  }

  async openCustomer(name: string): Promise<void> {
    await this.row(name).click();
  }
}
