// Captures every renderer screen in both languages into .tmp/screenshots/ for visual review.
// Not part of the test run. Needs a built renderer and bridge (`vite build`, build-node.mjs).
//   node scripts/screenshots.mjs            -> .tmp/screenshots/<lang>-<screen>.png
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

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
    await shoot(page, `${lang}-detail`);

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

    await page.goto(`${empty.url}/#/customers`);
    await page.getByTestId('empty-database').waitFor();
    await shoot(page, `${lang}-empty`);
    await page.goto(`${empty.url}/#/trash`);
    await page.getByTestId('trash-empty').waitFor();
    await shoot(page, `${lang}-trash-empty`);
    await context.close();
  }
} finally {
  await browser.close();
  full.stop();
  empty.stop();
}
