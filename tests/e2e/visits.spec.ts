import { test, expect } from './fixtures';
import { VisitsPage } from './pages/visits-page';
import { Toasts } from './pages/toast';
import { fmt } from './pages/format';
import { localDay } from './pages/local-time';
import { dayKey } from '../../renderer/features/visits/visit-dates';

const CASES = [
  { lang: 'zh-CN', a: '张伟强', b: '李晓燕', outcome: '客户同意试用', next: '周五发报价' },
  { lang: 'en', a: '王建国', b: '赵敏', outcome: 'Agreed to a trial', next: 'Send the quote' },
] as const;

for (const c of CASES) {
  test.describe(`visits (${c.lang})`, () => {
    test.use({ lang: c.lang });

    // Pinned to a Wednesday-independent "now": 08:00 today, so today's visits are still ahead.
    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(localDay(0, 8));
    });

    test('plan a week, move a visit by keyboard, check in and complete with a follow-up', async ({
      page,
      bridge,
    }) => {
      const a = await bridge.call('customers.create', { name: c.a, lat: 31.23, lng: 121.47 });
      const b = await bridge.call('customers.create', { name: c.b, lat: 31.2, lng: 121.5 });
      await bridge.call('visits.createMany', {
        customerIds: [a.id, b.id],
        plannedAt: localDay(0, 10).toISOString(),
        durationMin: 60,
      });
      const visits = new VisitsPage(page, c.lang);
      const toasts = new Toasts(page);

      // Week view: Alt+→ moves the first visit to tomorrow, same time.
      await visits.gotoWeek(bridge.url);
      const today = dayKey(localDay(0, 0));
      const tomorrow = dayKey(localDay(1, 0));
      await expect(visits.day(today).getByTestId('visit-card')).toHaveCount(2);
      const card = visits.day(today).getByTestId('visit-card').filter({ hasText: c.b });
      await card.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expect(visits.day(tomorrow).getByTestId('visit-card')).toContainText(c.b);
      await expect(visits.day(today).getByTestId('visit-card')).toHaveCount(1);

      // Day plan: check in, then complete with a follow-up reminder, two clicks each.
      await visits.gotoDay(bridge.url, today);
      const row = visits.row(c.a);
      await row.getByRole('button', { name: visits.v.actions.checkIn }).click();
      await expect(toasts.withText(fmt(visits.v.toast.checkedIn, { customer: c.a }))).toBeVisible();
      await expect(row.getByTestId('visit-status')).toHaveText(visits.v.status.checkedIn);
      await visits.completeWithFollowUp(c.a, c.outcome, c.next);
      await expect(row.getByTestId('visit-status')).toHaveText(visits.v.status.done);

      const reminders = await bridge.call('reminders.list', { view: 'upcoming' });
      expect(reminders.items.map((r) => r.title)).toContain(c.next);
    });
  });
}
