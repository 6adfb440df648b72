import { test, expect } from './fixtures';
import { TodayPage } from './pages/today-page';
import { RemindersPage } from './pages/reminders-page';
import { fmt } from './pages/format';
import { localDay } from './pages/local-time';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`today page (${lang})`, () => {
    test.use({ lang });

    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(localDay(0, 8));
    });

    test('the app opens on Today, which teaches what reminders are when there are none', async ({
      page,
      bridge,
      text,
    }) => {
      const today = new TodayPage(page, lang);
      await today.gotoHome(bridge.url);
      await expect(page).toHaveURL(/#\/today$/);
      await expect(today.allClear).toContainText(today.r.empty.what3);
      await today.allClear.getByRole('link', { name: today.r.empty.openRules }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: text.settings.title }),
      ).toBeVisible();
      await expect(page.getByTestId('reminder-rules')).toBeInViewport();
    });

    test('overdue comes first, with its count, then what is due today', async ({
      page,
      bridge,
      text,
    }) => {
      const customer = await bridge.call('customers.create', { name: '王建国' });
      await bridge.call('reminders.create', {
        customerId: customer.id,
        title: '寄送合同',
        dueAt: localDay(-1, 10).toISOString(),
      });
      await bridge.call('reminders.create', {
        customerId: customer.id,
        title: '约下周拜访',
        dueAt: localDay(0, 16).toISOString(),
      });
      const today = new TodayPage(page, lang);
      const r = today.r;
      await today.gotoHome(bridge.url);

      await expect(today.stat('overdue')).toContainText('1');
      await expect(today.stat('today')).toContainText('1');
      await expect(today.list.getByRole('heading').first()).toContainText(r.today.overdueSection);
      await expect(today.rows.first()).toContainText('寄送合同');
      await expect(today.rows.first().getByTestId('reminder-due')).toHaveText(
        fmt(r.due.yesterday, { time: '10:00' }),
      );
      await expect(today.rows.nth(1)).toContainText('约下周拜访');
      await expect(page.getByTestId('reminders-badge')).toHaveText('2');

      // N here plans a reminder rather than a new customer.
      await page.keyboard.press('n');
      await expect(page.getByTestId('reminder-form')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('reminder-form')).toBeHidden();

      // The overdue count leads to the full Overdue list.
      await today.stat('overdue').click();
      const reminders = new RemindersPage(page, text, lang);
      await expect(reminders.tab('overdue')).toHaveAttribute('aria-selected', 'true');
      await expect(reminders.row('寄送合同')).toBeVisible();
      await expect(reminders.rows).toHaveCount(1);
    });
  });
}
