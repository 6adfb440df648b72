import { test, expect } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { reminderText } from './pages/reminders-page';
import { Toasts } from './pages/toast';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`reminder rules (${lang})`, () => {
    test.use({ lang });

    test('rules are toggled and saved; an out-of-range number is refused', async ({
      page,
      bridge,
      text,
    }) => {
      const r = reminderText(lang);
      const settings = new SettingsPage(page, text);
      const toasts = new Toasts(page);
      await page.goto(`${bridge.url}/#/customers`);
      await settings.open();
      const rules = page.getByTestId('reminder-rules');
      await expect(rules.getByRole('heading', { name: r.rules.title })).toBeVisible();

      // The defaults from the issue: VIP 14, important 30, ordinary 90, potential off.
      await expect(rules.locator('[name="days-vip"]')).toHaveValue('14');
      await expect(rules.locator('[name="days-important"]')).toHaveValue('30');
      await expect(rules.locator('[name="days-ordinary"]')).toHaveValue('90');
      await expect(rules.locator('[name="tier-potential"]')).not.toBeChecked();

      const birthdays = rules.getByRole('switch', { name: new RegExp(r.rules.birthdays.label) });
      await expect(birthdays).toBeChecked();
      await birthdays.uncheck();
      await rules.locator('[name="days-vip"]').fill('10');
      await rules.locator('[name="tier-potential"]').check();
      await rules.locator('[name="visitDays"]').fill('0');
      await rules.getByRole('button', { name: r.rules.save }).click();
      await expect(rules.getByRole('alert')).toHaveText(text.validation.range);
      expect((await bridge.call('reminders.getRules', undefined)).visitFollowUp.days).toBe(3);

      await rules.locator('[name="visitDays"]').fill('5');
      await rules.getByRole('button', { name: r.rules.save }).click();
      await expect(toasts.withText(r.rules.saved)).toBeVisible();
      const saved = await bridge.call('reminders.getRules', undefined);
      expect(saved.birthdays.enabled).toBe(false);
      expect(saved.noContact.days).toEqual({
        vip: 10,
        important: 30,
        ordinary: 90,
        potential: 180,
      });
      expect(saved.visitFollowUp.days).toBe(5);
      expect(saved.noContact.dailyLimit).toBe(100);

      // The daily limit on new follow-ups: a number in range, or switched off for no limit.
      await rules.locator('[name="daily-limit"]').fill('0');
      await rules.getByRole('button', { name: r.rules.save }).click();
      await expect(rules.getByRole('alert')).toHaveText(text.validation.range);
      const dailyLimit = async () =>
        (await bridge.call('reminders.getRules', undefined)).noContact.dailyLimit;
      await rules.locator('[name="daily-limit"]').fill('40');
      await rules.getByRole('button', { name: r.rules.save }).click();
      await expect.poll(dailyLimit).toBe(40);
      await rules.getByRole('checkbox', { name: r.rules.noContact.limitBefore }).uncheck();
      await expect(rules.locator('[name="daily-limit"]')).toBeDisabled();
      await rules.getByRole('button', { name: r.rules.save }).click();
      await expect.poll(dailyLimit).toBeNull();

      // Still there after a reload.
      await page.reload();
      await expect(page.getByTestId('reminder-rules').locator('[name="days-vip"]')).toHaveValue(
        '10',
      );
      await expect(
        page
          .getByTestId('reminder-rules')
          .getByRole('switch', { name: new RegExp(r.rules.birthdays.label) }),
      ).not.toBeChecked();
    });
  });
}
