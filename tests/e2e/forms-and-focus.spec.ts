/**
 * Forms as a user meets them: the profile saves as you go with the rules of "Add a person", a
 * message goes once the problem is fixed, and focus goes back to what opened a dialog.
 */
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';

test('the profile saves as you go, refuses an emptied name with a message and keeps the last good one', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const nameProblem = dialog.getByText('Give the person a name, so you can tell them apart.');
  await expect(nameProblem).toBeVisible();
  await dialog.getByLabel('Name').fill('Zoë 🌱');
  await expect(nameProblem).toHaveCount(0);
  await dialog.getByLabel('Framework', { exact: true }).selectOption({ label: frontend });
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(waymark.heading).toHaveText('Zoë 🌱');

  await person.openTab('Profile');
  const name = person.main.getByLabel('Name', { exact: true });
  await name.fill('   ');
  await name.blur();
  const problem = person.main.getByText('Give the person a name, so you can tell them apart.');
  await expect(problem).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(waymark.heading).toHaveText('Zoë 🌱');
  await name.fill('Zoë Ng');
  await expect(problem).toHaveCount(0);
  await name.press('Enter');
  await expect(person.main.getByRole('status').filter({ hasText: 'Name saved.' })).toBeVisible();
  await expect(waymark.heading).toHaveText('Zoë Ng');

  await person.main.getByLabel('Current level').selectOption('L3');
  await expect(person.main.getByRole('status').filter({ hasText: 'Framework and levels saved.' })).toBeVisible();
  await expect(person.main.getByText('now L3, aiming for L4')).toBeVisible();

  // Notes typed and the tab left at once are kept, not dropped.
  await person.main.getByLabel('Notes').fill('Prefers written feedback — 日本語 too');
  await person.openTab('Gaps');
  await page.reload();
  await person.openTab('Profile');
  await expect(person.main.getByLabel('Notes')).toHaveValue('Prefers written feedback — 日本語 too');
  await expect(person.main.getByLabel('Name', { exact: true })).toHaveValue('Zoë Ng');
});

test('focus goes back to the control that opened a dialog, whether it was cancelled, escaped or done', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  const add = page.getByRole('button', { name: 'Add a person' });
  await add.click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(add).toBeFocused();
  await add.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(add).toBeFocused();

  await person.setUp({ framework: frontend, current: 'L4' });
  const addEvidence = person.main.locator('.toolbar').getByRole('button', { name: 'Add evidence' });
  await addEvidence.click();
  const evidence = page.getByRole('dialog');
  await evidence.getByLabel('Title').fill('Ran the accessibility review');
  await evidence.getByRole('button', { name: /^(Add|Save)/ }).click();
  await expect(evidence).toHaveCount(0);
  await expect(addEvidence).toBeFocused();
});

test('a date not on the calendar or emptied is refused with a message that goes once fixed; a future evidence date is questioned', async ({
  waymark,
  page,
}) => {
  const person = new PersonPage(page);
  await page.clock.install({ time: new Date('2026-12-02T09:00:00') });
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });
  await person.main.locator('.toolbar').getByRole('button', { name: 'Add evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add evidence' });
  await dialog.getByLabel('Title').fill('Mentored two new joiners');
  const when = dialog.getByLabel('When');

  // Typed in the field's own order (month, day, year here): 30 February is no date.
  await when.click();
  await page.keyboard.type('02302027');
  await dialog.getByLabel('Title').click();
  const problem = dialog.getByText('That is not a date on the calendar');
  await expect(problem).toBeVisible();
  await expect(when).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Save evidence' }).click();
  await expect(dialog).toBeVisible();

  await when.fill('');
  await when.blur();
  await expect(dialog.getByText('Give a date: it cannot be left empty.')).toBeVisible();
  await when.fill('2027-01-15');
  await expect(dialog.locator('.field-problem')).toHaveCount(0);
  await expect(dialog.getByText('That date is in the future. Is it the day it happened?')).toBeVisible();
  await when.fill('2026-11-20');
  await expect(dialog.getByText('in the future')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save evidence' }).click();
  await expect(dialog).toHaveCount(0);

  // A goal's due date typed wrong is not saved as "no due date".
  await person.openTab('Plan');
  await person.main.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('dialog', { name: 'Add a goal' });
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(goal.getByText('Give the goal a title.')).toBeVisible();
  await goal.getByLabel('Goal').fill('Run the design review');
  await expect(goal.getByText('Give the goal a title.')).toHaveCount(0);
  await goal.getByLabel('Due (optional)').click();
  await page.keyboard.type('13452027');
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(goal.getByText('That is not a date on the calendar')).toBeVisible();
  await expect(goal).toBeVisible();
});

test('a 5,000-character paste: fine as notes, refused as a title with a counter, and named briefly once shortened', async ({
  waymark,
  page,
}) => {
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });
  const pasted = 'Zoë led the 🌱 migration review. '.repeat(160).slice(0, 5000);
  await person.openTab('Plan');
  await person.main.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('dialog', { name: 'Add a goal' });
  await goal.getByLabel('Goal').fill(pasted);
  await expect(goal.getByText(/of 200 characters — This is 4,\d{3} characters; at most 200 fit/)).toBeVisible();
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(goal).toBeVisible();
  await goal.getByLabel('Goal').fill(pasted.slice(0, 190));
  await expect(goal.getByText(/^1[89]\d of 200 characters$/)).toBeVisible();
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(goal).toHaveCount(0);
  const status = person.main.getByRole('status').filter({ hasText: 'was added to the plan' });
  await expect(status).toContainText('…');
  expect((await status.textContent())?.length ?? 0).toBeLessThan(120);

  await person.openTab('Profile');
  await person.main.getByLabel('Notes').fill(pasted);
  await person.main.getByLabel('Notes').blur();
  await expect(person.main.getByRole('status').filter({ hasText: 'Notes saved.' })).toBeVisible();
  await page.reload();
  await expect(person.main.getByLabel('Notes')).toHaveValue(pasted);
});
