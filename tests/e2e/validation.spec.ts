import { test, expect } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { CustomerFormPage } from './pages/customer-form-page';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`form validation (${lang})`, () => {
    test.use({ lang });

    test('bad input shows translated messages and saves nothing', async ({
      page,
      bridge,
      text,
    }) => {
      const list = new CustomerListPage(page, text);
      const form = new CustomerFormPage(page, text);
      await list.goto(bridge.url);
      await list.newCustomer();
      await expect(form.dialog).toBeVisible();

      // On blur: the phone message appears before any submit.
      await form.field('phone').fill('abc123');
      await form.field('phone').press('Tab');
      await expect(form.error('phone')).toHaveText(text.validation.phoneLetters);

      await form.field('email').fill('not-an-email');
      await form.submit();
      await expect(form.error('email')).toHaveText(text.validation.email);
      await expect(form.error('name')).toHaveText(text.validation.required);
      await expect(form.error('phone')).toHaveText(text.validation.phoneLetters);
      await expect(form.dialog.getByText(text.form.fixErrors)).toBeVisible();
      await expect(form.field('name')).toBeFocused();

      // Still open, nothing stored.
      await expect(form.dialog).toBeVisible();
      expect((await bridge.call('customers.list', {})).total).toBe(0);

      // Fixing the fields clears the messages and saves.
      await form.fill({ name: '赵敏', phone: '13800138000', email: 'zhaomin@example.com' });
      await expect(form.error('phone')).toHaveCount(0);
      await form.submit();
      await form.expectClosed();
      expect((await bridge.call('customers.list', {})).total).toBe(1);
    });
  });
}
