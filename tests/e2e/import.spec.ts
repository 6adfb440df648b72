import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ImportPage } from './pages/import-page';
import { dataText } from './pages/data-text';
import {
  CHINESE_CUSTOMERS,
  duplicatesAndBadRows,
  manyRows,
  tempDir,
  writeGb18030,
  writeUtf8,
} from './fixtures/csv-files';

test.describe('import wizard (zh-CN)', () => {
  test.use({ lang: 'zh-CN' });

  test('imports a GB18030 file with Chinese headers end to end', async ({ page, bridge, lang }) => {
    const text = dataText(lang);
    const wizard = new ImportPage(page, text);
    const file = writeGb18030(tempDir(), '客户.csv', CHINESE_CUSTOMERS);

    // Reached from the sidebar; the first-run page teaches the recognised columns.
    await page.goto(`${bridge.url}/#/customers`);
    await page.getByRole('navigation').getByRole('link', { name: '导入导出' }).click();
    await expect(page.getByTestId('import-intro')).toContainText('客户名称');
    await expect(page.getByTestId('import-intro')).toContainText('联系人电话');

    await wizard.readFile(file);
    await wizard.expectStep('format');
    await expect(page.getByRole('combobox', { name: text.import.format.encoding })).toContainText(
      'GB18030',
    );
    await expect(page.getByTestId('raw-preview')).toContainText('华东贸易有限公司');

    // Forcing UTF-8 re-reads the file at once (the preview follows the choice).
    await page.getByRole('combobox', { name: text.import.format.encoding }).selectOption('gb18030');
    await expect(page.getByTestId('raw-preview')).toContainText('张伟');
    await wizard.next();

    await wizard.expectStep('mapping');
    await expect(wizard.mappingSelect('客户名称')).toHaveValue('name');
    await expect(wizard.mappingSelect('电话')).toHaveValue('phone');
    await expect(wizard.mappingSelect('联系人电话')).toHaveValue('contactPhone');
    await wizard.next();

    await wizard.expectStep('check');
    await expect(page.getByTestId('check-summary')).toHaveText(
      text.import.check.allGood.replace('{{count}}', '3'),
    );
    await wizard.next();
    await wizard.expectStep('options');
    await wizard.start();

    await expect(wizard.summary).toBeVisible();
    await expect(wizard.stat('created')).toHaveText('3');
    await expect(wizard.stat('rejected')).toHaveText('0');

    const found = await bridge.call('customers.list', { query: '张伟' });
    expect(found.items.map((c) => c.name)).toContain('张伟');
    await page.getByRole('button', { name: text.import.summary.viewCustomers }).click();
    await expect(page.getByTestId('customer-row')).toHaveCount(3);
  });

  test('cancel during the run imports nothing', async ({ page, bridge, lang }) => {
    const text = dataText(lang);
    const wizard = new ImportPage(page, text);
    const file = writeUtf8(tempDir(), 'big.csv', manyRows(300_000));
    await wizard.goto(bridge.url);
    await wizard.readFile(file);
    await wizard.next();
    await wizard.next();
    await wizard.next();
    await wizard.start();
    await expect(page.getByTestId('job-progress')).toBeVisible();
    await page.getByRole('button', { name: text.job.cancel }).click();
    await expect(page.getByTestId('import-stopped')).toContainText(text.import.run.cancelled);
    const info = await bridge.call('app.info', undefined);
    expect(info.customerCount).toBe(0);
  });
});

test.describe('import wizard (en)', () => {
  test.use({ lang: 'en' });

  test('a file that is not text explains what to do', async ({ page, bridge, lang, text: m }) => {
    const text = dataText(lang);
    const wizard = new ImportPage(page, text);
    await wizard.goto(bridge.url);
    await wizard.readFile(join(tempDir(), 'missing.csv'));
    await expect(page.getByTestId('data-error')).toBeVisible();
    await wizard.expectStep('file');
    expect(m.errorHelp.import.length).toBeGreaterThan(0);
  });
});

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`import wizard, rejected rows and re-matching (${lang})`, () => {
    test.use({ lang });

    test('duplicates are skipped; rejected rows are saved from the summary, fixed and imported again', async ({
      page,
      bridge,
      text: messages,
    }) => {
      const text = dataText(lang);
      await bridge.call('customers.create', {
        name: 'Zhang Wei',
        company: 'Existing Co',
        phone: '13800138000',
      });
      const dir = tempDir();
      const file = writeUtf8(dir, 'people.csv', duplicatesAndBadRows());
      const rejected = join(dir, 'people-rejected.csv');
      const wizard = new ImportPage(page, text);

      await wizard.goto(bridge.url);
      await wizard.readFile(file);
      await wizard.next();
      await expect(wizard.mappingSelect('Email')).toHaveValue('email');
      await wizard.next();

      // The bad e-mail is marked red; its reason shows on keyboard focus.
      const bad = page.getByTestId('bad-cell').filter({ hasText: 'not-an-email' });
      await expect(bad).toBeVisible();
      await bad.focus();
      await expect(bad.getByRole('tooltip')).toHaveText(messages.validation.email);
      await wizard.next();

      await wizard.chooseDuplicates(text.import.options.skip);
      await wizard.start();

      await expect(wizard.summary).toBeVisible();
      await expect(wizard.stat('created')).toHaveText('1');
      await expect(wizard.stat('skipped')).toHaveText('1');
      await expect(wizard.stat('rejected')).toHaveText('2');
      await expect(page.getByTestId('rejected-table')).toContainText(messages.validation.email);

      // Nothing is written until the user says where.
      const save = page.getByTestId('save-rejected');
      await expect(
        save.getByRole('button', { name: text.import.summary.saveTyped }),
      ).toBeDisabled();
      await save.getByLabel(text.file.savePathLabel).fill(rejected);
      await save.getByRole('button', { name: text.import.summary.saveTyped }).click();
      await expect(page.getByTestId('rejected-saved')).toContainText(rejected);
      const saved = readFileSync(rejected, 'utf8');
      expect(saved).toContain('not-an-email');
      expect(saved).toContain('Reason');
      expect(saved).not.toContain('Good Person');

      // Fixed in "Excel", then straight back in through "Import the fixed file".
      writeFileSync(
        rejected,
        saved.replace('not-an-email', 'bad@example.com').replace('138abc', '13812345678'),
      );
      await page.getByRole('button', { name: text.import.summary.importFixed }).click();
      await wizard.expectStep('file');
      await expect(wizard.pathInput).toHaveValue(rejected);
      await page.getByRole('button', { name: text.import.load }).click();
      await wizard.expectStep('format');
      await wizard.next();
      await wizard.next();
      await expect(page.getByTestId('bad-cell')).toHaveCount(0);
      await wizard.next();
      await wizard.start();
      await expect(wizard.stat('created')).toHaveText('2');
      await expect(wizard.stat('rejected')).toHaveText('0');
      expect((await bridge.call('app.info', undefined)).customerCount).toBe(4);
    });

    test('re-matching a column re-checks the preview against the new matching', async ({
      page,
      bridge,
      text: messages,
    }) => {
      const text = dataText(lang);
      const file = writeUtf8(tempDir(), 'contacts.csv', [
        ['Name', 'Phone', 'Info'],
        ['Zhang Wei', '1.38001E+10', 'zw@example.com'],
        ['Li Na', '13900139000', 'not-an-email'],
      ]);
      const wizard = new ImportPage(page, text);
      await wizard.goto(bridge.url);
      await wizard.readFile(file);
      await wizard.next();
      await expect(wizard.mappingSelect('Info')).toHaveValue('');
      await wizard.next();

      // As suggested: only the phone in scientific notation is a problem.
      const bad = page.getByTestId('bad-cell');
      await expect(bad).toHaveCount(1);
      await expect(bad).toContainText('1.38001E+10');

      // "Info" becomes e-mail and "Phone" notes: the e-mail problem appears, the phone one goes.
      await page.getByRole('button', { name: text.import.back }).click();
      await wizard.mappingSelect('Info').selectOption('email');
      await wizard.mappingSelect('Phone').selectOption('notes');
      await wizard.next();
      await expect(bad).toHaveCount(1);
      await expect(bad).toContainText('not-an-email');
      await bad.focus();
      await expect(bad.getByRole('tooltip')).toHaveText(messages.validation.email);
      await expect(page.getByTestId('check-summary')).toHaveText(
        // Chinese has one plural form: i18next uses `_other` for every count.
        (lang === 'zh-CN' ? text.import.check.problems_other : text.import.check.problems_one)
          .replace('{{count}}', '1')
          .replace('{{rows}}', '2'),
      );
    });
  });
}
