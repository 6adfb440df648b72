import { test, expect } from './fixtures';
import { resources } from '../../renderer/i18n/resources';
import { CustomerListPage } from './pages/customer-list-page';
import { CustomerFormPage } from './pages/customer-form-page';
import { CustomerDetailPage } from './pages/customer-detail-page';
import { SettingsPage } from './pages/settings-page';

test('language switch applies at once and is remembered', async ({ page, bridge, text }) => {
  const settings = new SettingsPage(page, text);
  await page.goto(`${bridge.url}/#/customers`);
  await settings.open();
  await expect(page.getByTestId('app-info')).toContainText('0.1.0');
  await settings.chooseLanguage(text.settings.english);
  const en = resources.en;
  await expect(page.getByRole('heading', { level: 1, name: en.settings.title })).toBeVisible();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: en.nav.customers }),
  ).toBeVisible();
  await expect.poll(async () => (await bridge.call('settings.get', undefined)).language).toBe('en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: en.settings.title })).toBeVisible();
});

test('a new customer with a known phone number warns and links to the existing one', async ({
  page,
  bridge,
  text,
}) => {
  await bridge.call('customers.create', {
    name: '张伟',
    company: '某某贸易公司',
    phone: '13800138000',
  });
  const list = new CustomerListPage(page, text);
  const form = new CustomerFormPage(page, text);
  const detail = new CustomerDetailPage(page, text);

  await list.goto(bridge.url);
  await page.keyboard.press('n');
  await expect(form.dialog).toBeVisible();
  await form.fill({ name: '张伟', phone: '138-0013-8000' });
  const banner = form.dialog.getByTestId('duplicate-banner');
  await expect(banner).toContainText(text.form.duplicate.phone);
  await expect(banner).toContainText('张伟');
  await expect(banner).toContainText('某某贸易公司');
  await banner.getByRole('button', { name: text.common.open }).click();
  await form.expectClosed();
  await detail.expectCustomer('张伟');
  await expect(detail.value('phone')).toHaveText('13800138000');
});
