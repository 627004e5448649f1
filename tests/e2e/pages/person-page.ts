/**
 * A page model of one person's screens: setting up, rating, gaps, history and the profile.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class PersonPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async setUp(options: { name?: string; framework: string; current?: string }): Promise<void> {
    if (options.name !== undefined) await this.main.getByLabel('Your name (optional)').fill(options.name);
    await this.main.getByLabel('Framework', { exact: true }).selectOption({ label: options.framework });
    if (options.current) await this.main.getByLabel('Current level').selectOption(options.current);
    await this.main.getByRole('button', { name: 'Start mapping' }).click();
  }

  async openTab(
    name: 'Rate' | 'Next level' | 'Compare' | 'Gaps' | 'Plan' | '1:1s' | 'History' | 'Evidence' | 'Documents' | 'Profile',
  ): Promise<void> {
    const tab = this.main.getByRole('tablist', { name: 'Person views' }).getByRole('tab', { name, exact: true });
    await tab.click();
    // The route changes on the next hashchange and a tab's code may still be loading: wait until the
    // panel shows this tab's own content, not the last tab's nor "Loading…".
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.main.locator('#person-tab-panel > [role="status"]', { hasText: 'Loading…' })).toHaveCount(0);
  }

  /** The row of a statement or component, found by part of its text. */
  row(text: string): Locator {
    return this.main.locator('.rating-row', { hasText: text });
  }

  async rate(text: string, rating: string): Promise<void> {
    await this.row(text).getByRole('button', { name: rating, exact: true }).click();
    await expect(this.row(text).getByRole('button', { name: rating, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }

  ratingOf(text: string): Locator {
    return this.row(text).locator('[aria-pressed="true"]');
  }

  get progress(): Locator {
    return this.main.getByTestId('progress-count');
  }

  get headline(): Locator {
    return this.main.getByTestId('gap-headline');
  }

  /** The screen-reader table of a chart, as rows of cell texts. */
  async chartTable(kind: 'radar' | 'ladder' | 'trajectory'): Promise<string[][]> {
    const rows = this.main.locator(`figure[data-chart="${kind}"] table tbody tr`);
    return rows.evaluateAll((elements) => elements.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
  }
}
