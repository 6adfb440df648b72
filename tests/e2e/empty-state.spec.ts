import { test, expect } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { fmt } from './pages/format';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`empty database (${lang})`, () => {
    test.use({ lang });

    test('teaches what a customer is and loads sample data', async ({ page, bridge, text }) => {
      const list = new CustomerListPage(page, text);
      await list.goto(bridge.url);
      await expect(list.emptyDatabase).toContainText(text.customers.empty.title);
      await expect(
        list.emptyDatabase.getByRole('link', { name: text.customers.empty.csvHint }),
      ).toHaveAttribute('href', '#/import');
      await list.emptyDatabase.getByRole('button', { name: text.customers.empty.sample }).click();
      await expect(list.rows.first()).toBeVisible();
      await expect(list.total).toHaveText(fmt(text.customers.total_other, { n: '200' }));
      await expect(list.emptyDatabase).toBeHidden();
    });
  });
}
