import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const security = 'Awareness of common vulnerabilities';

test('the Next level view shows what changes, with ratings, evidence and goals beside it', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });
  await person.openTab('Next level');
  const main = person.main;
  await expect(main.getByRole('heading', { name: 'What changes from L4 to L5' })).toBeVisible();

  // A reworded statement shows its changes word by word; a new one says it is new.
  const soft = main.getByRole('listitem', { name: /conflict resolution/ });
  await expect(soft.locator('.new-tag')).toHaveText('Reworded');
  await expect(soft.locator('ins').first()).toContainText('Strong communication');
  await expect(soft.locator('del').first()).toContainText('Effective collaboration');
  const securityRow = main.getByRole('listitem', { name: new RegExp(security) });
  await expect(securityRow.locator('.new-tag')).toHaveText('New');
  await expect(main.getByText('Said at L4, not at L5:').first()).toBeVisible();

  // One click rates, and the headline follows.
  await soft.getByRole('button', { name: 'Consistently', exact: true }).click();
  await expect(soft.getByRole('button', { name: 'Consistently', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(person.headline).toContainText('17% of L5 met');

  // Evidence from here is tagged with the statement.
  await soft.getByRole('button', { name: 'Add evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add evidence' });
  await dialog.getByLabel('Title').fill('Mediated the release dispute');
  await dialog.getByRole('button', { name: 'Save evidence' }).click();
  await expect(dialog).toBeHidden();
  await expect(soft).toContainText('Mediated the release dispute');

  // A goal once: the button gives way to the goal.
  await securityRow.getByRole('button', { name: 'Make a goal' }).click();
  await expect(securityRow.getByRole('link', { name: /Security/ })).toBeVisible();
  await expect(securityRow.getByRole('button', { name: 'Make a goal' })).toHaveCount(0);
  await expect(main.getByRole('status').filter({ hasText: 'added to the plan' })).toBeVisible();
  // Its link opens that goal in the plan.
  await securityRow.getByRole('link', { name: /Security/ }).click();
  await expect(page).toHaveURL(/\/plan\/[^/]+$/);
  await expect(main.locator('.goal-toggle[aria-expanded="true"]')).toContainText('Architecture, performance & security');

  // Only what changes hides nothing here (every L5 statement changes), and the gap list knows the goal.
  await person.openTab('Gaps');
  const gapList = main.getByRole('region', { name: /What stands between/ });
  await expect(gapList.getByRole('listitem').filter({ hasText: security })).toContainText('Goal:');
  await expect(gapList.getByRole('button', { name: /Make a goal for the 2 without one/ })).toBeVisible();
});
