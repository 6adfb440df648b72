import { test, expect } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { CustomerFormPage } from './pages/customer-form-page';
import { CustomerDetailPage } from './pages/customer-detail-page';
import { Toasts } from './pages/toast';
import { fmt } from './pages/format';

// The same core journey in both UI languages; customer data is Chinese in both, as users write it.
const CASES = [
  {
    lang: 'zh-CN',
    name: '张伟强',
    company: '上海星河科技有限公司',
    substring: '伟强',
    initials: 'zwq',
    title: '采购总监',
  },
  {
    lang: 'en',
    name: '李晓燕',
    company: '杭州云杉贸易有限公司',
    substring: '晓燕',
    initials: 'lxy',
    title: 'Head of Purchasing',
  },
] as const;

for (const c of CASES) {
  test.describe(`core customer flow (${c.lang})`, () => {
    test.use({ lang: c.lang });

    test('create, find, open, edit, add contact and activity, delete and undo', async ({
      page,
      bridge,
      text,
    }) => {
      const list = new CustomerListPage(page, text);
      const form = new CustomerFormPage(page, text);
      const detail = new CustomerDetailPage(page, text);
      const toasts = new Toasts(page);

      await list.goto(bridge.url);
      await expect(list.emptyDatabase).toBeVisible();

      // Create
      await list.newCustomer();
      await form.fill({ name: c.name, kind: 'person', company: c.company, phone: '138 0013 8000' });
      await form.submit();
      await form.expectClosed();
      await detail.expectCustomer(c.name);
      await expect(toasts.withText(fmt(text.customers.created, { name: c.name }))).toBeVisible();

      // Find by a Chinese substring, then by pinyin initials, and open with the keyboard
      await list.open();
      await list.searchFor(c.substring);
      await expect(list.row(c.name)).toBeVisible();
      await expect(list.total).toHaveText(fmt(text.customers.matches_one, { n: 1 }));
      await list.searchFor('没有这个人');
      await expect(list.noResults).toBeVisible();
      await list.searchFor(c.initials);
      await expect(list.row(c.name)).toBeVisible();
      await list.search.press('ArrowDown');
      await expect(list.row(c.name)).toHaveAttribute('aria-selected', 'true');
      await list.list.press('Enter');
      await detail.expectCustomer(c.name);

      // Edit a field
      await detail.edit();
      await expect(form.field('name')).toHaveValue(c.name);
      await form.fill({ title: c.title });
      await form.submit();
      await form.expectClosed();
      await expect(detail.value('title')).toHaveText(c.title);

      // Contact and activity
      await detail.addContact({ name: '王芳', title: '助理', phone: '13912345678' });
      await expect(detail.contacts.filter({ hasText: '王芳' })).toContainText(
        text.contacts.primary,
      );
      await detail.addInteraction({
        type: 'visit',
        summary: '上门拜访，介绍新品方案',
        nextStep: '下周报价',
      });
      const first = detail.interactions.first();
      await expect(first).toContainText(text.enums.interactionType.visit);
      await expect(first).toContainText('上门拜访，介绍新品方案');
      await expect(first).toContainText('下周报价');

      // Delete, then undo from the toast
      await detail.remove();
      const deleted = fmt(text.customers.deleted, { name: c.name });
      await expect(toasts.withText(deleted)).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 1, name: text.customers.title }),
      ).toBeVisible();
      await toasts.clickAction(deleted, text.common.undo);
      await expect(toasts.withText(fmt(text.customers.restored, { name: c.name }))).toBeVisible();
      await list.searchFor(c.initials);
      await expect(list.row(c.name)).toBeVisible();

      // The server agrees: one live customer with its contact and activity.
      const all = await bridge.call('customers.list', {});
      expect(all.items.map((x) => x.name)).toEqual([c.name]);
      const saved = await bridge.call('customers.get', { id: all.items[0]?.id ?? '' });
      expect(saved.customer.title).toBe(c.title);
      expect(saved.contacts.map((x) => x.name)).toEqual(['王芳']);
      expect(saved.interactions.some((x) => x.summary === '上门拜访，介绍新品方案')).toBe(true);
    });
  });
}
