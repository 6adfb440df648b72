import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { dataText } from './pages/data-text';
import { tempDir } from './fixtures/csv-files';
import { SettingsPage } from './pages/settings-page';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`backup (${lang})`, () => {
    test.use({ lang });

    test('backs up, shows what a restore replaces, and restores', async ({
      page,
      bridge,
      text,
    }) => {
      const data = dataText(lang);
      await bridge.call('customers.create', { name: '张伟', company: '华东贸易' });
      const archive = join(tempDir(), 'kemai.kemai-backup');
      await page.goto(`${bridge.url}/#/customers`);
      await new SettingsPage(page, text).open();
      const section = page.getByTestId('backup-section');

      await section.getByLabel(data.file.savePathLabel).fill(archive);
      await section.getByRole('button', { name: data.backup.create }).click();
      await expect(section.getByTestId('backup-done')).toContainText(archive);
      expect(existsSync(archive)).toBe(true);

      // A customer added after the backup disappears when the backup is restored.
      await bridge.call('customers.create', { name: '李娜', company: '北方物流' });
      await section.getByLabel(data.file.previewPathLabel).fill(archive);
      await section.getByRole('button', { name: data.backup.restore }).click();
      const dialog = page.getByTestId('restore-dialog');
      const plan = dialog.getByTestId('restore-plan');
      await expect(plan).toBeVisible();
      await expect(
        plan.getByRole('row', { name: new RegExp(`^${data.backup.tables.customers}\\s`) }),
      ).toContainText(/2\s*1/);
      await dialog.getByRole('button', { name: data.backup.confirm }).click();
      await expect(
        page.getByTestId('toast').filter({ hasText: data.backup.restored }),
      ).toBeVisible();
      await expect
        .poll(async () => (await bridge.call('app.info', undefined)).customerCount)
        .toBe(1);

      // The restore took a safety snapshot first; it is listed and restorable.
      await page.reload();
      await expect(page.getByTestId('snapshot').first()).toContainText(data.snapshots.kinds.safety);
    });

    test('a foreign file is refused with a reason and changes nothing', async ({
      page,
      bridge,
      text,
    }) => {
      const data = dataText(lang);
      await bridge.call('customers.create', { name: '张伟', company: '华东贸易' });
      const junk = join(tempDir(), 'junk.kemai-backup');
      writeFileSync(junk, 'this is not a zip archive');
      await page.goto(`${bridge.url}/#/customers`);
      await new SettingsPage(page, text).open();
      const section = page.getByTestId('backup-section');
      await section.getByLabel(data.file.previewPathLabel).fill(junk);
      await section.getByRole('button', { name: data.backup.restore }).click();
      const dialog = page.getByTestId('restore-dialog');
      await expect(dialog.getByTestId('restore-refused')).toContainText(
        text.errors.backup.notArchive,
      );
      await expect(dialog.getByRole('button', { name: data.backup.confirm })).toBeDisabled();
      expect((await bridge.call('app.info', undefined)).customerCount).toBe(1);
    });

    test('snapshot now adds a snapshot to the list', async ({ page, bridge, text }) => {
      const data = dataText(lang);
      await page.goto(`${bridge.url}/#/customers`);
      await new SettingsPage(page, text).open();
      const snapshots = page.getByTestId('snapshots');
      await expect(snapshots.getByTestId('snapshots-empty')).toBeVisible();
      await snapshots.getByRole('button', { name: data.snapshots.now }).click();
      await expect(snapshots.getByTestId('snapshot')).toHaveCount(1);
      await expect(snapshots.getByTestId('snapshot')).toContainText(data.snapshots.kinds.manual);
    });
  });
}
