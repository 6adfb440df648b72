import { test, expect } from './fixtures';
import { VisitsPage } from './pages/visits-page';
import { localDay } from './pages/local-time';
import { dayKey } from '../../renderer/features/visits/visit-dates';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`day plan printing in the browser preview (${lang})`, () => {
    test.use({ lang });

    test('one button opens the browser print dialog (which saves PDFs); no native save', async ({
      page,
      bridge,
    }) => {
      await page.clock.setFixedTime(localDay(0, 8));
      const customer = await bridge.call('customers.create', {
        name: '高远',
        lat: 31.2,
        lng: 121.5,
      });
      await bridge.call('visits.create', {
        customerId: customer.id,
        plannedAt: localDay(0, 10).toISOString(),
      });
      // Chromium's print dialog would block the page; count the calls instead.
      await page.addInitScript(() => {
        const w = window as unknown as { printed: number; print: () => void };
        w.printed = 0;
        w.print = () => {
          w.printed += 1;
        };
      });
      const visits = new VisitsPage(page, lang);
      await visits.gotoDay(bridge.url, dayKey(localDay(0, 0)));
      await expect(visits.row('高远')).toHaveCount(1);
      await expect(
        page.getByRole('button', { name: visits.v.actions.savePdf, exact: true }),
      ).toHaveCount(0);
      await page.getByRole('button', { name: visits.v.actions.print, exact: true }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });
  });
}
