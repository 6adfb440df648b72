import { test, expect } from './fixtures';
import { RemindersPage } from './pages/reminders-page';
import { Toasts } from './pages/toast';
import { fmt } from './pages/format';
import { localDay } from './pages/local-time';

// Each flow in both UI languages; customer data is Chinese in both, as users write it.
const CASES = [
  { lang: 'zh-CN', customer: '张伟强', initials: 'zwq', title: '回电话确认报价' },
  { lang: 'en', customer: '李晓燕', initials: 'lxy', title: 'Send the revised quote' },
] as const;

for (const c of CASES) {
  test.describe(`reminders (${c.lang})`, () => {
    test.use({ lang: c.lang });

    // The browser's clock is pinned to 08:00 today so "this evening" is always later today;
    // the bridge keeps the real clock, which puts 18:00 today in its Today view as well.
    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(localDay(0, 8));
    });

    test('quick add with a shortcut, see it under Today with the badge, complete it by keyboard', async ({
      page,
      bridge,
      text,
    }) => {
      await bridge.call('customers.create', { name: c.customer, phone: '13800138000' });
      const reminders = new RemindersPage(page, text, c.lang);
      const toasts = new Toasts(page);
      const r = reminders.r;

      await reminders.goto(bridge.url, 'today');
      await expect(reminders.empty).toBeVisible();
      await expect(reminders.badge).toBeHidden();

      await reminders.quickAdd({
        customerQuery: c.initials,
        customerName: c.customer,
        title: c.title,
        shortcut: 'todayEvening',
      });
      const when = fmt(r.due.today, { time: '18:00' });
      await expect(toasts.withText(fmt(r.toast.created, { when }))).toBeVisible();
      const row = reminders.row(c.title);
      await expect(row).toContainText(c.customer);
      await expect(row.getByTestId('reminder-due')).toHaveText(when);
      await expect(reminders.badge).toHaveText('1');
      await expect(reminders.tab('today')).toContainText('1');

      // J selects the first row, C completes it.
      await page.keyboard.press('j');
      await expect(row).toHaveAttribute('aria-current', 'true');
      await page.keyboard.press('c');
      const completed = fmt(r.toast.completed, { title: c.title });
      await expect(toasts.withText(completed)).toBeVisible();
      await expect(reminders.rows).toHaveCount(0);

      // Completed by mistake: Undo in the toast brings it back.
      await toasts.clickAction(completed, text.common.undo);
      await expect(toasts.withText(fmt(r.toast.reopened, { title: c.title }))).toBeVisible();
      await expect(reminders.row(c.title)).toBeVisible();
      await expect(reminders.badge).toHaveText('1');

      await page.keyboard.press('j');
      await page.keyboard.press('c');
      await expect(reminders.rows).toHaveCount(0);
      await expect(reminders.badge).toBeHidden();

      await reminders.showTab('done');
      await expect(reminders.row(c.title)).toBeVisible();
      const done = await bridge.call('reminders.list', { view: 'done' });
      expect(done.items.map((x) => x.title)).toEqual([c.title]);
    });

    test('after 18:00 the evening shortcut says it means tomorrow evening', async ({
      page,
      bridge,
      text,
    }) => {
      await page.clock.setFixedTime(localDay(0, 19));
      const reminders = new RemindersPage(page, text, c.lang);
      await reminders.goto(bridge.url, 'today');
      await page.getByRole('button', { name: reminders.r.add }).first().click();
      const evening = reminders.form.locator('[data-shortcut="todayEvening"]');
      await expect(evening).toContainText(reminders.r.shortcut.tomorrowEvening);
      await expect(evening).toContainText(fmt(reminders.r.due.tomorrow, { time: '18:00' }));
    });

    test('snooze from the keyboard to tomorrow moves it to Upcoming', async ({
      page,
      bridge,
      text,
    }) => {
      const customer = await bridge.call('customers.create', { name: c.customer });
      await bridge.call('reminders.create', {
        customerId: customer.id,
        title: c.title,
        dueAt: localDay(0, 12).toISOString(),
      });
      const reminders = new RemindersPage(page, text, c.lang);
      const toasts = new Toasts(page);
      const r = reminders.r;

      await reminders.goto(bridge.url, 'today');
      await expect(reminders.row(c.title)).toBeVisible();
      await page.keyboard.press('s');
      const menu = reminders.snoozeMenu();
      await expect(menu).toBeVisible();
      await expect(menu.getByRole('menuitem', { name: r.snooze.tomorrow })).toContainText(
        fmt(r.due.tomorrow, { time: '09:00' }),
      );
      await page.keyboard.press('2');
      const when = fmt(r.due.tomorrow, { time: '09:00' });
      await expect(toasts.withText(fmt(r.toast.snoozed, { when }))).toBeVisible();
      await expect(reminders.rows).toHaveCount(0);

      await reminders.showTab('upcoming');
      await expect(reminders.row(c.title).getByTestId('reminder-due')).toHaveText(when);
      const upcoming = await bridge.call('reminders.list', { view: 'upcoming' });
      expect(upcoming.items[0]?.snoozedUntil).toBe(localDay(1, 9).toISOString());
    });

    test('a reminder added from the customer page, completed with the mouse', async ({
      page,
      bridge,
      text,
    }) => {
      const customer = await bridge.call('customers.create', { name: c.customer });
      const reminders = new RemindersPage(page, text, c.lang);
      const r = reminders.r;
      await page.goto(`${bridge.url}/#/customers/${customer.id}`);
      const section = page.getByTestId('customer-reminders');
      await expect(section).toContainText(r.customer.empty);

      await section.getByRole('button', { name: r.customer.add }).click();
      await expect(reminders.form.getByTestId('picked-customer')).toHaveText(c.customer);
      await reminders.form.locator('[name="title"]').fill(c.title);
      await reminders.form.locator('[data-shortcut="tomorrow"]').click();
      await reminders.save();

      const row = section.getByTestId('reminder').filter({ hasText: c.title });
      await expect(row.getByTestId('reminder-due')).toHaveText(
        fmt(r.due.tomorrow, { time: '09:00' }),
      );
      const open = await bridge.call('reminders.list', {
        view: 'upcoming',
        customerId: customer.id,
      });
      expect(open.items.map((x) => x.title)).toEqual([c.title]);

      await row
        .getByRole('button', { name: fmt(r.actions.completeNamed, { title: c.title }) })
        .click();
      await expect(section.getByTestId('reminder')).toHaveCount(0);
      await expect(section).toContainText(r.customer.empty);
    });

    test('bad input is explained and nothing is written; a past time is flagged but allowed', async ({
      page,
      bridge,
      text,
    }) => {
      await bridge.call('customers.create', { name: c.customer });
      const reminders = new RemindersPage(page, text, c.lang);
      const r = reminders.r;
      await reminders.goto(bridge.url, 'today');

      // N on this screen adds a reminder (not a customer).
      await page.keyboard.press('n');
      await expect(reminders.form).toBeVisible();
      await reminders.form.getByRole('button', { name: text.common.save, exact: true }).click();
      await expect(reminders.form.getByText(r.form.customerRequired)).toBeVisible();
      await expect(reminders.form.getByText(text.validation.required)).toBeVisible();
      expect(await bridge.call('reminders.counts', undefined)).toEqual({
        overdue: 0,
        today: 0,
        upcoming: 0,
      });

      await reminders.form.getByRole('combobox', { name: r.form.customer }).fill(c.initials);
      await reminders.form.getByRole('combobox', { name: r.form.customer }).press('Enter');
      await reminders.form.locator('[name="title"]').fill(c.title);
      await reminders.form.locator('[name="dueAt"]').fill('2020-01-02T10:00');
      await expect(reminders.form.getByTestId('due-past-warning')).toHaveText(r.form.pastWarning);
      await reminders.save();

      await reminders.showTab('overdue');
      await expect(reminders.row(c.title)).toBeVisible();
      await expect(reminders.tab('overdue')).toContainText('1');
    });
  });
}
