import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { dataText } from './pages/data-text';
import { tempDir } from './fixtures/csv-files';
import { CustomerListPage } from './pages/customer-list-page';

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`export (${lang})`, () => {
    test.use({ lang });

    test('exports the current search with chosen headers', async ({ page, bridge, text }) => {
      const data = dataText(lang);
      await bridge.call('customers.create', {
        name: '张伟',
        company: '华东贸易',
        phone: '13800138000',
      });
      await bridge.call('customers.create', { name: '李娜', company: '北方物流' });
      await bridge.call('customers.create', { name: '=HYPERLINK("x")', company: '注入测试' });
      const out = join(tempDir(), 'out.csv');
      const list = new CustomerListPage(page, text);
      await list.goto(bridge.url);
      await list.searchFor('华东');
      await expect(list.rows).toHaveCount(1);

      await page.getByRole('button', { name: data.entry.export }).click();
      const dialog = page.getByTestId('export-dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByLabel(data.file.savePathLabel).fill(out);
      await dialog.getByRole('button', { name: data.export.start, exact: true }).click();
      await expect(dialog.getByTestId('export-done')).toContainText(out);

      const bytes = readFileSync(out);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const content = bytes.toString('utf8');
      const header = lang === 'zh-CN' ? '客户名称' : 'Name';
      expect(content.split('\r\n')[0]).toContain(header);
      expect(content).toContain('张伟');
      expect(content).not.toContain('李娜');
    });

    test('exports everything with stable English keys', async ({ page, bridge, text }) => {
      const data = dataText(lang);
      await bridge.call('customers.create', { name: '张伟', company: '华东贸易' });
      await bridge.call('customers.create', { name: '李娜', company: '北方物流' });
      const out = join(tempDir(), 'all.csv');
      const list = new CustomerListPage(page, text);
      await list.goto(bridge.url);
      await list.searchFor('张伟');
      await expect(list.rows).toHaveCount(1);

      await page.getByRole('button', { name: data.entry.export }).click();
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByRole('radio', { name: data.export.scopeAll }).check();
      await dialog.getByRole('radio', { name: data.export.headersKeys }).check();
      await dialog.getByLabel(data.file.savePathLabel).fill(out);
      await dialog.getByRole('button', { name: data.export.start, exact: true }).click();
      await expect(dialog.getByTestId('export-done')).toBeVisible();

      const content = readFileSync(out, 'utf8');
      expect(content.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^name,/);
      expect(content).toContain('张伟');
      expect(content).toContain('李娜');
    });
  });
}
