/**
 * Page models of the growth plan and the 1:1 notes of the open person.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { PersonPage } from './person-page';

/** The controls shared by the actions of a goal and of a 1:1. */
abstract class WithActions {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  /** Adds an action to a goal or 1:1 through its "New action" form. */
  async addAction(container: Locator, text: string, options: { owner?: string; due?: string } = {}): Promise<void> {
    const form = container.getByRole('form', { name: /^New action for/ });
    await form.getByLabel('New action').fill(text);
    if (options.owner) await form.getByLabel('Owner').selectOption({ label: options.owner });
    if (options.due) await form.getByLabel('Due (optional)').fill(options.due);
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect(this.action(container, text)).toBeVisible();
  }

  action(container: Locator, text: string): Locator {
    return container
      .getByRole('list', { name: /^Actions for/ })
      .getByRole('listitem')
      .filter({ hasText: text });
  }
}

export class GrowthPlanPage extends WithActions {
  get goals(): Locator {
    return this.main.getByRole('list', { name: 'Goals', exact: true });
  }

  get archivedGoals(): Locator {
    return this.main.getByRole('list', { name: 'Archived goals', exact: true });
  }

  get finishedGoals(): Locator {
    return this.main.getByRole('list', { name: 'Finished goals', exact: true });
  }

  /** A goal's row (and, while it is open, its editor), found by part of its title. */
  goal(title: string, list: Locator = this.goals): Locator {
    return list.getByRole('listitem', { name: title });
  }

  /** The button that opens and closes a goal: its title. */
  toggle(goal: Locator): Locator {
    return goal.locator('.goal-toggle');
  }

  /** What the closed row says about the goal: status, due date, statements, progress. */
  summary(goal: Locator): Locator {
    return goal.locator('.goal-summary');
  }

  /** Opens a goal for editing, unless it is open already. */
  async open(goal: Locator): Promise<void> {
    const toggle = this.toggle(goal);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** The goals' titles, in the order shown (for `toHaveText([...])`). */
  titles(list: Locator = this.goals): Locator {
    return list.locator(':scope > li h3');
  }

  /** Makes a goal from an area of the open person's gap list, then opens the plan. */
  async makeGoalFromGap(person: PersonPage, area: string): Promise<void> {
    await person.openTab('Gaps');
    await person.main
      .getByRole('region', { name: new RegExp(`^${area}`) })
      .getByRole('button', { name: 'Make a goal' })
      .click();
    await person.openTab('Plan');
  }

  async addGoalByHand(title: string, options: { owner?: string; due?: string } = {}): Promise<void> {
    await this.main.getByRole('button', { name: 'Add a goal' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a goal' });
    await dialog.getByLabel('Goal', { exact: true }).fill(title);
    if (options.owner) await dialog.getByLabel('Owner').selectOption({ label: options.owner });
    if (options.due) await dialog.getByLabel('Due (optional)').fill(options.due);
    await dialog.getByRole('button', { name: 'Add goal' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.goal(title)).toBeVisible();
  }

  /** One of an open goal's own fields (not those of its actions or of the new-action form). */
  field(goal: Locator, label: 'Status' | 'Owner' | 'Due'): Locator {
    return goal.locator('.goal-fields').getByLabel(label, { exact: true });
  }

  /** Opens a goal and writes its description and success criteria (saved as each field is left). */
  async describeGoal(goal: Locator, texts: { description: string; successCriteria: string }): Promise<void> {
    await this.open(goal);
    await this.text(goal, 'Description').fill(texts.description);
    await this.text(goal, 'Success criteria').fill(texts.successCriteria);
    await this.text(goal, 'Success criteria').blur();
  }

  /** An open goal's typed fields. */
  text(goal: Locator, label: 'Title' | 'Description' | 'Success criteria'): Locator {
    return goal.locator('.goal-editor').getByLabel(label, { exact: true });
  }

  async setStatus(goal: Locator, status: 'Planned' | 'In progress' | 'Done' | 'Dropped'): Promise<void> {
    await this.field(goal, 'Status').selectOption({ label: status });
  }
}

export class MeetingsPage extends WithActions {
  get entries(): Locator {
    return this.main.getByRole('list', { name: '1:1 notes, newest first' }).locator(':scope > li');
  }

  /** A 1:1 entry, found by its formatted date ("13 Jan 2026"). */
  entry(date: string): Locator {
    return this.main.getByRole('listitem', { name: `1:1 on ${date}` });
  }

  /** Starts a 1:1 on `date` (ISO), or today; returns what the dialog said would carry over. */
  async newMeeting(date?: string): Promise<string> {
    await this.main.getByRole('button', { name: 'New 1:1' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New 1:1' });
    if (date) await dialog.getByLabel('Date').fill(date);
    const carryOver = await dialog.locator('.hint').innerText();
    await dialog.getByRole('button', { name: 'Add 1:1' }).click();
    await expect(dialog).toHaveCount(0);
    return carryOver;
  }

  /** Types into a text field of an entry and leaves it, which saves it. */
  async write(entry: Locator, field: 'Talking points' | 'Decisions', text: string): Promise<void> {
    await entry.getByLabel(field).fill(text);
    await entry.getByLabel(field).blur();
  }
}
