import { test, expect } from './fixtures';
import { VisitsPage } from './pages/visits-page';
import { localDay } from './pages/local-time';
import { dayKey } from '../../renderer/features/visits/visit-dates';

const CASES = [
  { lang: 'zh-CN', name: '冯晓峰', outcome: '签了年度合同' },
  { lang: 'en', name: '林雪', outcome: 'Signed the annual contract' },
] as const;

for (const c of CASES) {
  test.describe(`visits on the customer page (${c.lang})`, () => {
    test.use({ lang: c.lang });

    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(localDay(0, 8));
    });

    test('teaches visits when there are none, plans one, then shows upcoming and past', async ({
      page,
      bridge,
    }) => {
      const customer = await bridge.call('customers.create', { name: c.name });
      const visits = new VisitsPage(page, c.lang);
      const v = visits.v.customer;
      await page.goto(`${bridge.url}/#/customers/${customer.id}`);
      const section = page.getByTestId('customer-visits');
      await expect(section.getByTestId('customer-visits-empty')).toContainText(v.emptyTitle);

      await section.getByRole('button', { name: v.planFirst }).click();
      await visits.planDialog.locator('input[name="time"]').fill('14:30');
      await visits.planDialog.getByRole('button', { name: visits.v.form.create }).click();
      await expect(visits.planDialog).toBeHidden();
      const upcoming = section.getByTestId('customer-visits-upcoming');
      await expect(upcoming.getByTestId('customer-visit')).toHaveCount(1);
      await expect(upcoming).toContainText('14:30');
      await expect(upcoming.getByTestId('visit-status')).toHaveText(visits.v.status.planned);
      await expect(section.getByTestId('customer-visits-empty')).toHaveCount(0);

      // A done visit three days ago with its outcome, and yesterday's visit never checked in.
      const done = await bridge.call('visits.create', {
        customerId: customer.id,
        plannedAt: localDay(-3, 10).toISOString(),
      });
      await bridge.call('visits.complete', { id: done.id, outcome: c.outcome });
      await bridge.call('visits.create', {
        customerId: customer.id,
        plannedAt: localDay(-1, 9).toISOString(),
      });
      await page.reload();
      const recent = section.getByTestId('customer-visits-recent').getByTestId('customer-visit');
      await expect(recent).toHaveCount(2);
      await expect(recent.nth(0)).toHaveAttribute('data-status', 'missed');
      await expect(recent.nth(1)).toHaveAttribute('data-status', 'done');
      await expect(recent.nth(1)).toContainText(c.outcome);
      await expect(recent.nth(1).getByTestId('visit-status')).toHaveText(visits.v.status.done);

      await upcoming.getByRole('link', { name: v.openDay }).click();
      await expect(page).toHaveURL(new RegExp(`#/visits/day/${dayKey(localDay(1, 0))}$`));
    });
  });
}
