// Captures every renderer screen in both languages into .tmp/screenshots/ for visual review.
// Not part of the test run. Needs a built renderer and bridge (`vite build`, build-node.mjs).
//   node scripts/screenshots.mjs            -> .tmp/screenshots/<lang>-<screen>.png
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import iconv from 'iconv-lite';

const OUT = '.tmp/screenshots';
mkdirSync(OUT, { recursive: true });

function startBridge(sample) {
  const db = join(mkdtempSync(join(tmpdir(), 'kemai-shots-')), 'kemai.db');
  const args = ['out/bridge/bridge.cjs', '--db', db, '--port', '0'];
  if (sample) args.push('--sample', String(sample));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      const match = /KEMAI_BRIDGE_READY (\S+)/.exec(buffer);
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`bridge exited with ${code}`)));
  });
}

async function call(url, channel, input) {
  const res = await fetch(`${url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.value;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
});

async function shoot(page, name) {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log('saved', name);
}

// Import/export/backup screens: a GB18030 file with Chinese headers and a few bad cells.
const filesDir = mkdtempSync(join(tmpdir(), 'kemai-shots-files-'));
const importFile = join(filesDir, '客户名单.csv');
writeFileSync(
  importFile,
  iconv.encode(
    [
      '客户名称,电话,邮箱,公司,城市,级别,标签,联系人,联系人电话,备用列',
      '张伟,13800138000,zhangwei@example.com,华东贸易有限公司,上海,VIP,重点;华东,王芳,13912345678,x',
      '李娜,1.38E+10,lina@example,北方物流,北京,重要,,刘洋,,y',
      '王强,021-55556666,,南方科技,广州,普通,新客户,,,z',
      '赵敏,13700137000,zhaomin@example.com,西部能源,成都,潜在,,,,',
    ].join('\r\n') + '\r\n',
    'gb18030',
  ),
);

async function shootData(page, lang) {
  const next = lang === 'zh-CN' ? '下一步' : 'Next';
  // A fresh database per language, so the import's summary shows the same counts in both.
  const fresh = await startBridge(0);
  await call(fresh.url, 'settings.update', { language: lang });
  await page.goto(`${fresh.url}/#/import`);
  await page.getByTestId('import-intro').waitFor();
  await shoot(page, `${lang}-import-start`);
  await page.locator('.file-field__input').fill(importFile);
  await page.locator('form.card button[type=submit]').click();
  await page.getByTestId('raw-preview').waitFor();
  await shoot(page, `${lang}-import-format`);
  await page.getByRole('button', { name: next, exact: true }).click();
  await page.getByTestId('mapping-table').waitFor();
  await shoot(page, `${lang}-import-mapping`);
  await page.getByRole('button', { name: next, exact: true }).click();
  await page.getByTestId('bad-cell').first().focus();
  await shoot(page, `${lang}-import-check`);
  await page.getByRole('button', { name: next, exact: true }).click();
  await page.locator('input[name=duplicates]').first().waitFor();
  await shoot(page, `${lang}-import-options`);
  await page.locator('.card__actions .btn--primary').click();
  await page.getByTestId('import-summary').waitFor();
  // Rejected rows are saved from the summary (a typed path in the preview).
  await page.locator('.file-field__input').fill(join(filesDir, `rejected-${lang}.csv`));
  await page.getByTestId('save-rejected').getByRole('button').click();
  await page.getByTestId('rejected-saved').waitFor();
  await shoot(page, `${lang}-import-summary`);
  fresh.stop();

  await page.goto(`${full.url}/#/customers`);
  await page.getByTestId('customer-row').first().waitFor();
  await page.getByRole('button', { name: lang === 'zh-CN' ? '导出' : 'Export' }).click();
  await page.getByTestId('export-dialog').waitFor();
  await shoot(page, `${lang}-export`);
  await page.keyboard.press('Escape');

  await page.goto(`${full.url}/#/settings`);
  const section = page.getByTestId('backup-section');
  await section.waitFor();
  await section.scrollIntoViewIfNeeded();
  await shoot(page, `${lang}-settings-backup`);
}

const full = await startBridge(200);
const empty = await startBridge(0);
try {
  // Some history and deletions so detail and trash have content.
  const first = (await call(full.url, 'customers.list', { limit: 5 })).items;
  const target = first[0];
  await call(full.url, 'contacts.create', {
    customerId: target.id,
    name: '王芳',
    title: '采购经理',
    phone: '13912345678',
    email: 'wangfang@example.com',
    isPrimary: true,
  });
  await call(full.url, 'contacts.create', {
    customerId: target.id,
    name: '刘洋',
    title: '财务',
    wechat: 'liuyang_88',
  });
  await call(full.url, 'interactions.create', {
    customerId: target.id,
    type: 'visit',
    occurredAt: new Date(Date.now() - 86400000 * 3).toISOString(),
    summary: '上门拜访，介绍新品方案',
    outcome: '客户对价格敏感，希望有批量折扣',
    nextStep: '下周发送正式报价',
  });
  await call(full.url, 'interactions.create', {
    customerId: target.id,
    type: 'call',
    occurredAt: new Date(Date.now() - 3600000).toISOString(),
    summary: '电话确认报价细节',
  });
  await call(full.url, 'customers.update', {
    id: target.id,
    patch: { tags: ['重点跟进', '华东区'], notes: '老客户，每季度复购一次。' },
  });
  for (const c of first.slice(2, 5)) await call(full.url, 'customers.remove', { id: c.id });

  // Reminders in every view: overdue, later today, upcoming (one repeating), one done.
  const at = (days, hour, minute = 0) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    d.setHours(hour, minute, 0, 0);
    return d.toISOString();
  };
  const other = first[1];
  const seeded = [
    { customerId: target.id, title: '发送正式报价单', dueAt: at(-2, 10), priority: 'high' },
    { customerId: other.id, title: '确认合同签署时间', dueAt: at(-1, 15) },
    {
      customerId: target.id,
      title: '电话回访新品试用情况',
      dueAt: at(0, 23, 30),
      notes: '问问批量折扣',
    },
    { customerId: other.id, title: '约下周上门拜访', dueAt: at(0, 23, 45) },
    { customerId: target.id, title: '每周例行沟通', dueAt: at(2, 9), repeat: 'weekly' },
    { customerId: other.id, title: '寄送节日礼品', dueAt: at(12, 9) },
  ];
  const made = [];
  for (const r of seeded) made.push((await call(full.url, 'reminders.create', r)).reminder);
  const doneOne = (
    await call(full.url, 'reminders.create', {
      customerId: target.id,
      title: '整理上次拜访纪要',
      dueAt: at(-1, 9),
    })
  ).reminder;
  await call(full.url, 'reminders.complete', { id: doneOne.id, note: '已发给客户' });

  for (const lang of ['zh-CN', 'en']) {
    await call(full.url, 'settings.update', { language: lang });
    await call(empty.url, 'settings.update', { language: lang });
    const context = await browser.newContext({
      viewport: { width: 1360, height: 820 },
      locale: lang,
    });
    const page = await context.newPage();

    await page.goto(`${full.url}/#/customers`);
    await page.getByTestId('customer-row').first().waitFor();
    await shoot(page, `${lang}-list`);
    if (lang === 'zh-CN') copyFileSync(join(OUT, `${lang}-list.png`), 'build/screenshot.png');

    await page.locator('#customer-search').fill('物流');
    await page
      .getByTestId('customer-total')
      .filter({ hasText: /match|匹配/ })
      .waitFor();
    await shoot(page, `${lang}-search`);
    await page.locator('#customer-search').fill('qqqqxyz');
    await page.getByTestId('no-results').waitFor();
    await shoot(page, `${lang}-no-results`);

    await page.goto(`${full.url}/#/customers/${target.id}`);
    await page.getByTestId('interaction').first().waitFor();
    await page.getByTestId('customer-reminders').getByTestId('reminder').first().waitFor();
    await shoot(page, `${lang}-detail`);

    await page.goto(`${full.url}/#/today`);
    await page.getByTestId('today-list').getByTestId('reminder').first().waitFor();
    await shoot(page, `${lang}-today`);

    await page.goto(`${full.url}/#/reminders?view=overdue`);
    await page.getByTestId('reminder').first().waitFor();
    await shoot(page, `${lang}-reminders-overdue`);
    await page.goto(`${full.url}/#/reminders?view=today`);
    await page.getByTestId('reminder').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    await page.getByTestId('snooze-menu').waitFor();
    await shoot(page, `${lang}-reminders-snooze`);
    await page.keyboard.press('Escape');
    await page.goto(`${full.url}/#/reminders?view=upcoming`);
    await page.getByTestId('reminder').first().waitFor();
    await shoot(page, `${lang}-reminders-upcoming`);
    await page.goto(`${full.url}/#/reminders?view=done`);
    await page.getByTestId('reminder').first().waitFor();
    await shoot(page, `${lang}-reminders-done`);

    await page.keyboard.press('n');
    const reminderForm = page.getByTestId('reminder-form');
    await reminderForm.waitFor();
    await reminderForm.locator('[name="customer"]').fill(target.name.slice(0, 1));
    await reminderForm.getByRole('option').first().waitFor();
    await shoot(page, `${lang}-reminder-form`);
    await reminderForm.locator('[name="customer"]').press('Enter');
    await reminderForm.locator('[name="title"]').fill('跟进报价');
    await reminderForm.locator('[name="dueAt"]').fill('2024-03-01T10:00');
    await reminderForm.getByTestId('due-past-warning').waitFor();
    await shoot(page, `${lang}-reminder-form-past`);
    await page.keyboard.press('Escape');

    await page.goto(`${full.url}/#/customers`);
    await page.keyboard.press('n');
    const form = page.getByTestId('customer-form');
    await form.waitFor();
    await form.locator('[name=phone]').fill('abc123');
    await form.locator('[name=email]').fill('not-an-email');
    await form.locator('[name=email]').blur();
    await form.locator('button[type=submit]').click();
    await form.locator('.field__error').first().waitFor();
    await shoot(page, `${lang}-form-errors`);
    await page.keyboard.press('Escape');

    await page.goto(`${full.url}/#/trash`);
    await page.getByTestId('trash-item').first().waitFor();
    await shoot(page, `${lang}-trash`);

    await page.goto(`${full.url}/#/settings`);
    await page.getByTestId('app-info').getByText('0.1.0').waitFor();
    await shoot(page, `${lang}-settings`);
    await page.goto(`${full.url}/#/settings#reminder-rules`);
    await page.getByTestId('reminder-rules').locator('[name="days-vip"]').waitFor();
    await page.getByTestId('reminder-rules').scrollIntoViewIfNeeded();
    await shoot(page, `${lang}-settings-rules`);

    await page.goto(`${empty.url}/#/customers`);
    await page.getByTestId('empty-database').waitFor();
    await shoot(page, `${lang}-empty`);
    await page.goto(`${empty.url}/#/trash`);
    await page.getByTestId('trash-empty').waitFor();
    await shoot(page, `${lang}-trash-empty`);
    await page.goto(`${empty.url}/#/today`);
    await page.getByTestId('today-clear').waitFor();
    await shoot(page, `${lang}-today-empty`);
    await page.goto(`${empty.url}/#/reminders?view=overdue`);
    await page.getByTestId('reminders-empty').waitFor();
    await shoot(page, `${lang}-reminders-empty`);
    await shootData(page, lang);
    await context.close();
  }
} finally {
  await browser.close();
  full.stop();
  empty.stop();
}
