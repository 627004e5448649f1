import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { GrowthPlanPage } from './pages/plan-pages';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const architecture = 'Architecture, performance & security';
const security = 'Awareness of common vulnerabilities';
const fromGap = new RegExp(`^${architecture}:`);
const byHand = 'Give a talk at the frontend guild';

// Dates are shown in the browser's locale; one locale keeps the expected text fixed.
test.use({ locale: 'en-GB' });

test.describe('the growth plan', () => {
  test('a goal made from the gap list, with an overdue action, finished and archived', async ({ waymark, page }) => {
    await page.clock.install({ time: new Date('2026-03-10T09:00:00') });
    const person = new PersonPage(page);
    const plan = new GrowthPlanPage(page);
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L4' });
    await person.rate(security, 'Partly');

    await person.openTab('Gaps');
    const area = person.main.getByRole('region', { name: new RegExp(`^${architecture}`) });
    await area.getByRole('button', { name: 'Make a goal' }).click();
    await expect(area.getByRole('status')).toContainText(`Goal “${architecture}:`);
    await area.getByRole('link', { name: 'plan' }).click();
    await expect(page).toHaveURL(/\/plan\/[^/]+$/);

    const goal = plan.goal(architecture);
    // The link opens the goal just made, with focus in its title.
    await expect(plan.toggle(goal)).toHaveAttribute('aria-expanded', 'true');
    await expect(goal.getByLabel('Title', { exact: true })).toBeFocused();
    await expect(plan.summary(goal)).toContainText('Planned');
    await expect(plan.summary(goal)).toContainText(`statements · ${architecture}`);
    await plan.open(goal);
    await expect(goal.getByRole('listitem').filter({ hasText: security })).toHaveCount(1);
    await expect(plan.field(goal, 'Status')).toHaveValue('planned');
    await expect(goal.getByText('Overdue')).toHaveCount(0);

    await plan.addAction(goal, 'Read the OWASP Top 10 and list what applies to us', { due: '2026-03-01' });
    await plan.addAction(goal, 'Pair on the bundle-size budget', { owner: 'Manager', due: '2026-04-01' });
    await expect(plan.action(goal, 'OWASP')).toContainText('Overdue');
    await expect(plan.action(goal, 'bundle-size')).not.toContainText('Overdue');
    await plan.field(goal, 'Due').fill('2026-03-09');
    await expect(plan.summary(goal)).toContainText('Overdue');
    await expect(plan.summary(goal)).toContainText('0 of 2 actions done');

    // Kept after a reload: the action, its owner and the overdue mark.
    await page.reload();
    await expect(plan.summary(goal)).toContainText('Overdue');
    await plan.open(goal);
    await expect(plan.action(goal, 'OWASP')).toContainText('Overdue');
    await expect(plan.action(goal, 'bundle-size').getByLabel('Owner')).toHaveValue('manager');

    await plan.action(goal, 'OWASP').getByRole('checkbox').check();
    await expect(plan.action(goal, 'OWASP')).not.toContainText('Overdue');
    await expect(goal.getByRole('button', { name: 'Archive' })).toHaveCount(0);
    await plan.setStatus(goal, 'Done');
    await expect(plan.summary(goal)).not.toContainText('Overdue');
    await expect(plan.summary(goal)).toContainText('1 of 2 actions done');
    await goal.getByRole('button', { name: 'Archive' }).click();
    await expect(plan.main.getByRole('status').filter({ hasText: 'was archived' })).toBeVisible();
    await expect(plan.goal(architecture)).toHaveCount(0);

    await plan.main.getByLabel('Show archived goals (1)').check();
    const archived = plan.goal(architecture, plan.archivedGoals);
    await expect(archived).toContainText('Archived');
    await plan.open(archived);
    await expect(plan.field(archived, 'Status')).toHaveValue('done');
  });

  test('goals added by hand and from the gaps are reordered with the buttons, from the keyboard too', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    const plan = new GrowthPlanPage(page);
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L4' });
    await plan.makeGoalFromGap(person, architecture);
    await plan.addGoalByHand(byHand, { owner: 'Coach' });
    await expect(plan.field(plan.goal(byHand), 'Owner')).toHaveValue('coach');
    await expect(plan.titles()).toHaveText([fromGap, byHand]);

    await expect(plan.toggle(plan.goal(byHand))).toHaveAttribute('aria-expanded', 'true');
    await plan.goal(byHand).getByRole('button', { name: 'Move up' }).click();
    await expect(plan.titles()).toHaveText([byHand, fromGap]);
    await expect(plan.goal(byHand).getByRole('button', { name: 'Move up' })).toHaveAttribute('aria-disabled', 'true');

    // From the keyboard: the button keeps focus as its goal moves, so it can be pressed again.
    const down = plan.goal(byHand).getByRole('button', { name: 'Move down' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(down).toBeFocused();
    await expect(plan.titles()).toHaveText([fromGap, byHand]);

    await page.reload();
    await expect(plan.titles()).toHaveText([fromGap, byHand]);
  });
});
