import { expect, type Locator, type Page } from '@playwright/test';
import type { DataMessages } from '../../../renderer/features/data/locale-zh-cn';

/** The import wizard at /import, driven through the preview-mode path field. */
export class ImportPage {
  readonly wizard: Locator;
  readonly pathInput: Locator;
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    readonly text: DataMessages,
  ) {
    this.wizard = page.getByTestId('import-wizard');
    this.pathInput = page.getByLabel(text.file.previewPathLabel);
    this.summary = page.getByTestId('import-summary');
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/import`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.text.import.title }),
    ).toBeVisible();
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.wizard).toHaveAttribute('data-step', step);
  }

  async readFile(path: string): Promise<void> {
    await this.pathInput.fill(path);
    await this.page.getByRole('button', { name: this.text.import.load }).click();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.import.next, exact: true }).click();
  }

  mappingSelect(header: string): Locator {
    return this.page.getByRole('combobox', {
      name: `${this.text.import.mapping.field}: ${header}`,
    });
  }

  async chooseDuplicates(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.import.options.start }).click();
  }

  stat(key: 'created' | 'updated' | 'skipped' | 'rejected'): Locator {
    return this.page.getByTestId(`stat-${key}`).locator('dd');
  }
}
