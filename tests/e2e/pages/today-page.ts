import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/enums';
import type { RemindersMessages } from '../../../renderer/features/reminders/locale-zh-cn';
import { reminderText } from './reminders-page';

export class TodayPage {
  readonly r: RemindersMessages;
  readonly list: Locator;
  readonly rows: Locator;
  readonly allClear: Locator;

  constructor(
    readonly page: Page,
    lang: Language,
  ) {
    this.r = reminderText(lang);
    this.list = page.getByTestId('today-list');
    this.rows = page.getByTestId('reminder');
    this.allClear = page.getByTestId('today-clear');
  }

  /** The app's start page: the bare address lands on Today. */
  async gotoHome(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.r.today.title });
  }

  stat(view: 'overdue' | 'today' | 'upcoming'): Locator {
    return this.page.getByTestId(`today-stat-${view}`);
  }

  group(title: string): Locator {
    return this.list.getByRole('heading', { name: new RegExp(`^${title}`) });
  }
}
