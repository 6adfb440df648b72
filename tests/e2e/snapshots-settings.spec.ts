import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { dataText } from './pages/data-text';
import { tempDir } from './fixtures/csv-files';
import { SettingsPage } from './pages/settings-page';
import { Toasts } from './pages/toast';

// Settings → Automatic snapshots: choosing the folder (typed in the browser preview), what an
// unplugged USB drive looks like, and how many snapshots are kept.

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`snapshot settings (${lang})`, () => {
    test.use({ lang });

    test('a chosen folder gets the snapshots; a folder that does not exist is refused', async ({
      page,
      bridge,
      text,
    }) => {
      const data = dataText(lang);
      const before = await bridge.call('backup.getSettings', undefined);
      await page.goto(`${bridge.url}/#/customers`);
      await new SettingsPage(page, text).open();
      const card = page.getByTestId('snapshot-settings');
      const path = card.getByTestId('snapshot-folder-path');
      await expect(path).toHaveText(before.defaultFolder);
      await expect(card.getByTestId('snapshot-folder')).toContainText(data.snapshots.folderDefault);

      // A typo: clear message in the user's language, nothing changed.
      const usb = join(tempDir(), 'usb');
      await card.getByLabel(data.file.folderPathLabel).fill(join(usb, 'missing'));
      await card.getByRole('button', { name: data.snapshots.useTyped }).click();
      await expect(card.getByTestId('data-error')).toContainText(
        text.errors.snapshots.folderMissing,
      );
      await expect(path).toHaveText(before.defaultFolder);
      expect((await bridge.call('backup.getSettings', undefined)).custom).toBe(false);

      mkdirSync(usb);
      await card.getByLabel(data.file.folderPathLabel).fill(usb);
      await card.getByRole('button', { name: data.snapshots.useTyped }).click();
      await expect(path).toHaveText(usb);
      await expect(card.getByTestId('snapshot-folder')).toContainText(data.snapshots.folderCustom);
      await expect(card.getByTestId('data-error')).toHaveCount(0);

      const snapshots = card.getByTestId('snapshots');
      await snapshots.getByRole('button', { name: data.snapshots.now }).click();
      await expect(snapshots.getByTestId('snapshot')).toHaveCount(1);
      expect(readdirSync(usb).filter((n) => n.endsWith('.db'))).toHaveLength(1);

      await card.getByRole('button', { name: data.snapshots.useDefault }).click();
      await expect(path).toHaveText(before.defaultFolder);
      await expect(snapshots.getByTestId('snapshots-empty')).toBeVisible();
    });

    test('an unplugged drive is explained, nothing is written elsewhere, and it works again when back', async ({
      page,
      bridge,
      text,
    }) => {
      const data = dataText(lang);
      const usb = join(tempDir(), 'KEMAI-USB');
      mkdirSync(usb);
      await bridge.call('backup.updateSettings', { folder: usb });
      rmSync(usb, { recursive: true });
      // The daily schedule's attempt while the drive is out.
      await expect(bridge.call('backup.snapshotNow', { ifDue: true })).rejects.toThrow(
        'errors.snapshots.folderMissing',
      );

      await page.goto(`${bridge.url}/#/customers`);
      await new SettingsPage(page, text).open();
      const card = page.getByTestId('snapshot-settings');
      const problem = card.getByTestId('snapshot-folder-problem');
      await expect(problem).toContainText(text.errors.snapshots.folderMissing);
      await expect(problem).toContainText(usb);
      await expect(card.getByTestId('snapshots-empty')).toHaveText(data.snapshots.emptyUnreachable);
      await card.getByRole('button', { name: data.snapshots.now }).click();
      await expect(card.getByTestId('snapshots').getByTestId('data-error')).toContainText(
        text.errors.snapshots.folderMissing,
      );
      expect(existsSync(usb)).toBe(false);

      // Plugged back in: the next snapshot goes there and the warning is gone.
      mkdirSync(usb);
      await card.getByRole('button', { name: data.snapshots.now }).click();
      await expect(card.getByTestId('snapshot')).toHaveCount(1);
      await expect(problem).toHaveCount(0);
      expect(readdirSync(usb).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    });

    test('retention counts are checked and saved', async ({ page, bridge, text }) => {
      const data = dataText(lang);
      await page.goto(`${bridge.url}/#/customers`);
      await new SettingsPage(page, text).open();
      const form = page.getByTestId('snapshot-retention');
      const daily = form.getByLabel(data.snapshots.daily);
      const weekly = form.getByLabel(data.snapshots.weekly);
      await expect(daily).toHaveValue('7');
      await expect(weekly).toHaveValue('4');

      await daily.fill('0');
      await weekly.fill('53');
      await form.getByRole('button', { name: data.snapshots.saveRetention }).click();
      await expect(form.getByText(text.validation.snapshotDaily)).toBeVisible();
      await expect(form.getByText(text.validation.snapshotWeekly)).toBeVisible();
      expect(await bridge.call('backup.getSettings', undefined)).toMatchObject({
        daily: 7,
        weekly: 4,
      });

      await daily.fill('14');
      await weekly.fill('0');
      await form.getByRole('button', { name: data.snapshots.saveRetention }).click();
      await expect(new Toasts(page).withText(data.snapshots.retentionSaved)).toBeVisible();
      await expect(form.getByText(text.validation.snapshotDaily)).toHaveCount(0);
      expect(await bridge.call('backup.getSettings', undefined)).toMatchObject({
        daily: 14,
        weekly: 0,
      });
      await page.reload();
      await expect(
        page.getByTestId('snapshot-retention').getByLabel(data.snapshots.daily),
      ).toHaveValue('14');
    });
  });
}
