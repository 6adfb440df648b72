import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { VisitsPage } from './pages/visits-page';
import { fmt } from './pages/format';
import { Toasts } from './pages/toast';
import { dayKey } from '../../renderer/features/visits/visit-dates';

/** Wednesday of next week at `hour`: mid-week, so the day after is in the same week grid, and
 *  ahead of the bridge's real clock, so nothing reads as missed. */
function nextWednesday(hour: number, plusDays = 0): Date {
  const d = new Date();
  d.setDate(d.getDate() + 7 + ((3 - d.getDay() + 7) % 7) + plusDays);
  d.setHours(hour, 0, 0, 0);
  return d;
}

/** The y of an hour line in a day column, read from the grid's own hour labels. */
async function hourLineY(page: Page, column: { y: number; height: number }, hour: number) {
  const labels = await page.locator('.week__hour').allTextContents();
  const first = Number((labels[1] ?? '08:00').slice(0, 2)) - 1;
  return column.y + ((hour - first) * column.height) / labels.length;
}

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`visits week calendar drag (${lang})`, () => {
    test.use({ lang });

    test('drag a visit with the mouse to another day and time; it stays there after reload', async ({
      page,
      bridge,
    }) => {
      await page.clock.setFixedTime(nextWednesday(8));
      const name = lang === 'zh-CN' ? '周慧敏' : 'Grace Zhou';
      const other = lang === 'zh-CN' ? '吴国平' : 'Peter Wu';
      const a = await bridge.call('customers.create', { name });
      const b = await bridge.call('customers.create', { name: other });
      const moving = await bridge.call('visits.create', {
        customerId: a.id,
        plannedAt: nextWednesday(10).toISOString(),
        durationMin: 60,
      });
      await bridge.call('visits.create', {
        customerId: b.id,
        plannedAt: nextWednesday(15).toISOString(),
        durationMin: 60,
      });
      const visits = new VisitsPage(page, lang);
      const wednesday = dayKey(nextWednesday(0));
      const thursday = dayKey(nextWednesday(0, 1));
      await visits.gotoWeek(bridge.url);
      const card = visits.day(wednesday).getByTestId('visit-card').filter({ hasText: name });
      await expect(card).toContainText('10:00');

      // Grab the card 30 px below its top and drop that point 30 px below Thursday's 14:00
      // line: the card's top lands on 14:00 wherever it was grabbed.
      const from = await card.boundingBox();
      const column = await visits.day(thursday).boundingBox();
      if (!from || !column) throw new Error('the week grid is not laid out');
      const dropY = (await hourLineY(page, column, 14)) + 30;
      await page.mouse.move(from.x + from.width / 2, from.y + 30);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 20, from.y + 40, { steps: 4 });
      await page.mouse.move(column.x + column.width / 2, dropY, { steps: 12 });
      await page.mouse.up();

      const moved = visits.day(thursday).getByTestId('visit-card').filter({ hasText: name });
      await expect(moved).toContainText('14:00');
      await expect(visits.day(wednesday).getByTestId('visit-card')).toHaveCount(1);
      await expect(visits.day(wednesday).getByTestId('visit-card')).toContainText(other);
      await expect(
        new Toasts(page).withText(fmt(visits.v.toast.moved, { when: '' }).trim()),
      ).toBeVisible();

      await page.reload();
      await expect(page.getByTestId('week')).toBeVisible();
      await expect(
        visits.day(thursday).getByTestId('visit-card').filter({ hasText: name }),
      ).toContainText('14:00');
      await expect(visits.day(wednesday).getByTestId('visit-card')).toHaveCount(1);
      const stored = await bridge.call('visits.list', {
        from: nextWednesday(0).toISOString(),
        to: nextWednesday(0, 2).toISOString(),
      });
      expect(stored.items.find((v) => v.id === moving.id)?.plannedAt).toBe(
        nextWednesday(14, 1).toISOString(),
      );
    });
  });
}
