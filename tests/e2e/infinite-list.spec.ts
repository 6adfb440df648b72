import { test, expect } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { fmt } from './pages/format';

test('the list pages in more customers as the keyboard reaches the end', async ({
  page,
  bridge,
  text,
}) => {
  await bridge.call('sample.load', { count: 250 });
  const list = new CustomerListPage(page, text);
  await list.goto(bridge.url);
  await expect(list.total).toHaveText(fmt(text.customers.total_other, { n: '250' }));
  await list.search.press('ArrowDown');
  const selected = page.locator('[data-testid="customer-row"][aria-selected="true"]');
  await expect(selected).toBeVisible();

  // End jumps to the last loaded row; reaching it loads the next page of 100, so repeated End
  // presses walk to row 250 (aria-rowindex counts the header row too).
  await expect(async () => {
    await list.list.press('End');
    await expect(selected).toHaveAttribute('aria-rowindex', '251', { timeout: 1_000 });
  }).toPass();
  await expect(page.locator('.row--loader')).toHaveCount(0);
});
