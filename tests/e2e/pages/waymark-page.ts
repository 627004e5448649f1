/**
 * A page model of Waymark's interface, so tests speak of what a person does, not of selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class WaymarkPage {
  readonly sidebar: Locator;
  readonly main: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Frameworks' });
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.heading).toBeVisible();
  }

  async openTrack(name: 'Infrastructure' | 'Frontend'): Promise<void> {
    await this.sidebar.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(this.heading).toHaveText(`${name} career map`);
  }

  async openRoleCard(): Promise<void> {
    await this.sidebar.getByRole('link', { name: /DevOps Engineering and Infrastructure Senior/ }).click();
    await expect(this.heading).toHaveText('DevOps Engineering and Infrastructure Senior');
  }

  get matrix(): Locator {
    return this.main.getByRole('table').first();
  }

  /** The level ids across the top of the career map, in order. */
  async levelColumns(): Promise<string[]> {
    return this.matrix.locator('thead .level-id').allInnerTexts();
  }

  levelHeader(levelId: string): Locator {
    return this.matrix.locator('thead th', { has: this.page.locator('.level-id', { hasText: new RegExp(`^${levelId}\\b`) }) });
  }

  /** The text of one cell: the row of an area, the column of a level. */
  async cell(areaName: string, levelId: string): Promise<string> {
    const columns = await this.levelColumns();
    const index = columns.findIndex((column) => column === levelId || column.startsWith(`${levelId} `));
    if (index < 0) throw new Error(`no column ${levelId}`);
    const row = this.matrix.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: areaName, exact: true }) });
    return row.getByRole('cell').nth(index).innerText();
  }

  async openLevelChangesFromHeader(levelId: string): Promise<void> {
    await this.levelHeader(levelId)
      .getByRole('link', { name: /What changes/ })
      .click();
    await expect(this.heading).toContainText(`to ${levelId}`);
  }

  async chooseLevels(from: string, to: string): Promise<void> {
    await this.main.locator('.level-picker').getByLabel('From').selectOption(from);
    await this.main.locator('.level-picker').getByLabel('To').selectOption(to);
    await expect(this.heading).toContainText(`from ${from} to ${to}`);
  }

  get newStatements(): Locator {
    return this.main.locator('.statement-new');
  }
}
