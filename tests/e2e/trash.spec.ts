import { test, expect } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { TrashPage } from './pages/trash-page';
import { Toasts } from './pages/toast';
import { fmt } from './pages/format';

test('delete from the list with the keyboard, then restore from the trash', async ({
  page,
  bridge,
  text,
}) => {
  await bridge.call('customers.create', {
    name: '陈静',
    company: '成都启明机械工作室',
    tier: 'vip',
  });
  await bridge.call('customers.create', {
    name: '周家豪',
    company: '厦门汇丰餐饮管理股份有限公司',
  });
  const list = new CustomerListPage(page, text);
  const trash = new TrashPage(page, text);
  const toasts = new Toasts(page);

  await list.goto(bridge.url);
  await expect(list.rows).toHaveCount(2);
  await list.searchFor('陈静');
  await expect(list.rows).toHaveCount(1);
  await list.search.press('ArrowDown');
  await expect(list.row('陈静')).toHaveAttribute('aria-selected', 'true');
  await list.list.press('Delete');
  await expect(toasts.withText(fmt(text.customers.deleted, { name: '陈静' }))).toBeVisible();
  await expect(list.noResults).toBeVisible();

  await trash.open();
  await expect(trash.items).toHaveCount(1);
  await trash.restore('陈静');
  await expect(toasts.withText(fmt(text.customers.restored, { name: '陈静' }))).toBeVisible();
  await expect(trash.empty).toBeVisible();

  await list.open();
  await list.searchFor('');
  await expect(list.rows).toHaveCount(2);
  await expect(list.row('陈静')).toBeVisible();
});

test('trash shows an empty state when nothing was deleted', async ({ page, bridge, text }) => {
  const trash = new TrashPage(page, text);
  await page.goto(`${bridge.url}/#/trash`);
  await expect(trash.empty).toContainText(text.trash.emptyTitle);
});
