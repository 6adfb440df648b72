import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { VisitsPage } from './pages/visits-page';
import { Toasts } from './pages/toast';
import { localDay } from './pages/local-time';
import { dayKey } from '../../renderer/features/visits/visit-dates';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`visits bad input (${lang})`, () => {
    test.use({ lang });

    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(localDay(0, 8));
    });

    test('an export that ends before it starts is refused and writes no file', async ({
      page,
      bridge,
    }) => {
      const customer = await bridge.call('customers.create', { name: '钱多多' });
      await bridge.call('visits.create', {
        customerId: customer.id,
        plannedAt: localDay(1, 10).toISOString(),
      });
      const dir = mkdtempSync(join(tmpdir(), 'kemai-ics-'));
      const file = join(dir, 'visits.ics');
      try {
        const visits = new VisitsPage(page, lang);
        await visits.gotoWeek(bridge.url);
        await page.getByRole('button', { name: visits.v.actions.exportIcs }).click();
        const dialog = page.getByTestId('export-ics-dialog');
        await dialog.locator('input[name="from"]').fill(dayKey(localDay(3, 0)));
        await dialog.locator('input[name="to"]').fill(dayKey(localDay(1, 0)));
        await dialog.getByTestId('ics-path').getByRole('textbox').fill(file);
        await dialog.getByRole('button', { name: visits.v.exportIcs.confirm }).click();
        await expect(dialog).toContainText(visits.v.exportIcs.rangeInvalid);
        expect(existsSync(file)).toBe(false);

        // The same range straight at the API: refused with its reason, still no file.
        await expect(
          bridge.call('visits.exportIcs', {
            from: localDay(3, 0).toISOString(),
            to: localDay(1, 0).toISOString(),
            path: file,
          }),
        ).rejects.toThrow(/validation\.rangeOrder/);
        expect(existsSync(file)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('a starting place with coordinates out of range is refused; valid ones are saved', async ({
      page,
      bridge,
    }) => {
      const visits = new VisitsPage(page, lang);
      await page.goto(`${bridge.url}/#/settings`);
      const section = page.getByTestId('visit-settings');
      await section.locator('input[name="homeLat"]').fill('91');
      await section.locator('input[name="homeLng"]').fill('200');
      await section.getByRole('button', { name: visits.v.settings.save }).click();
      await expect(section).toContainText(visits.v.settings.latInvalid);
      await expect(section).toContainText(visits.v.settings.lngInvalid);
      expect((await bridge.call('visits.getSettings', undefined)).home).toBeNull();

      await section.locator('input[name="homeLat"]').fill('30.66');
      await section.locator('input[name="homeLng"]').fill('104.07');
      await section.getByRole('button', { name: visits.v.settings.save }).click();
      await expect(new Toasts(page).withText(visits.v.toast.settingsSaved)).toBeVisible();
      expect((await bridge.call('visits.getSettings', undefined)).home).toMatchObject({
        lat: 30.66,
        lng: 104.07,
      });
    });

    test('completing a visit cancelled meanwhile, or checking in twice, is refused with a message', async ({
      page,
      bridge,
      text,
    }) => {
      const first = await bridge.call('customers.create', { name: '孙丽' });
      const second = await bridge.call('customers.create', { name: '郑浩' });
      const a = await bridge.call('visits.create', {
        customerId: first.id,
        plannedAt: localDay(0, 10).toISOString(),
      });
      const b = await bridge.call('visits.create', {
        customerId: second.id,
        plannedAt: localDay(0, 11).toISOString(),
      });
      const visits = new VisitsPage(page, lang);
      const toasts = new Toasts(page);
      await visits.gotoDay(bridge.url, dayKey(localDay(0, 0)));

      // The dialog is open when the visit is cancelled elsewhere (another window, the phone).
      await visits.row('孙丽').getByRole('button', { name: visits.v.actions.complete }).click();
      await visits.completeDialog
        .getByRole('textbox', { name: visits.v.complete.outcome })
        .fill('谈妥了');
      await bridge.call('visits.cancel', { id: a.id });
      await visits.completeDialog.getByRole('button', { name: visits.v.complete.confirm }).click();
      await expect(toasts.withText(text.errors.visits.cancelled)).toBeVisible();
      await visits.completeDialog.getByRole('button', { name: text.common.cancel }).click();
      // The page now shows the visit as it is: cancelled visits are not stops on the route.
      await expect(visits.row('孙丽')).toHaveCount(0);
      await expect(visits.row('郑浩')).toHaveCount(1);
      const detail = await bridge.call('customers.get', { id: first.id });
      expect(detail.interactions.filter((i) => i.type === 'visit')).toEqual([]);
      expect((await bridge.call('reminders.list', { view: 'upcoming' })).items).toEqual([]);

      // Checked in elsewhere first; this page still offers "check in".
      const checkedIn = await bridge.call('visits.checkIn', { id: b.id });
      await visits.row('郑浩').getByRole('button', { name: visits.v.actions.checkIn }).click();
      await expect(toasts.withText(text.errors.visits.alreadyCheckedIn)).toBeVisible();
      await expect(visits.row('郑浩').getByTestId('visit-status')).toHaveText(
        visits.v.status.checkedIn,
      );
      const list = await bridge.call('visits.list', {
        from: localDay(0, 0).toISOString(),
        to: localDay(1, 0).toISOString(),
      });
      const stored = list.items.find((v) => v.id === b.id);
      expect(stored?.checkedInAt).toBe(checkedIn.checkedInAt);
      expect(stored?.updatedAt).toBe(checkedIn.updatedAt);
    });
  });
}
