import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const experienceL5 = 'More then 4 years of frontend development experience.';
const security = 'Awareness of common vulnerabilities';
const performance = 'Deep understanding of browser performance';

test.describe('mapping yourself', () => {
  test('first run, rating in two areas, kept after a reload, with gaps that follow', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    await waymark.open();
    await expect(waymark.heading).toHaveText('Me');
    await person.setUp({ framework: frontend, current: 'L4' });
    await expect(person.main.getByText('now L4, aiming for L5')).toBeVisible();
    await expect(person.progress).toHaveText('0 of 6 rated');

    await person.rate(experienceL5, 'Consistently');
    // Keyboard: focus a statement, then a number key rates it and the arrows move on.
    await person.row(security).focus();
    await page.keyboard.press('2');
    await expect(person.ratingOf(security)).toHaveText('Partly');
    await page.keyboard.press('ArrowDown');
    await expect(person.row(performance)).toBeFocused();
    await page.keyboard.press('1');
    await expect(person.ratingOf(performance)).toHaveText('Not yet');
    await expect(person.progress).toHaveText('3 of 6 rated');
    await expect(person.headline).toContainText('25% of L5 met');

    await page.reload();
    await expect(person.ratingOf(experienceL5)).toHaveText('Consistently');
    await expect(person.ratingOf(security)).toHaveText('Partly');
    await expect(person.progress).toHaveText('3 of 6 rated');

    await person.openTab('Gaps');
    const before = await person.chartTable('radar');
    const gapList = person.main.getByRole('region', { name: /What stands between/ });
    await expect(gapList).toContainText(security);
    await expect(gapList).not.toContainText(experienceL5);

    await person.openTab('Rate');
    await person.rate(security, 'Consistently');
    await person.openTab('Gaps');
    await expect(gapList).not.toContainText(security);
    expect(await person.chartTable('radar')).not.toEqual(before);
    // Two areas of four rated: no shape drawn with the others at 0 %; they are named as not rated yet.
    const radar = person.main.locator('figure[data-chart="radar"]');
    await expect(radar).toContainText(
      'Not drawn until at least three areas are rated; not rated yet: Area of Responsibility, Soft skills & communication.',
    );
    await expect(radar.locator('.recharts-polar-grid')).toHaveCount(0);
    await person.openTab('Rate');
    await person.rate('Designing and implementing complex systems', 'Partly');
    await person.openTab('Gaps');
    await expect(radar.locator('.recharts-polar-grid')).toBeVisible();
    await expect(radar).toContainText('Not drawn, not rated yet: Soft skills & communication.');
  });

  test('says why no level is suggested, and counts unrated lower levels as met when asked', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L4' });
    await person.main.getByLabel('Level', { exact: true }).selectOption('L4');
    const rows = person.main.locator('.rating-row');
    const count = await rows.count();
    await rows.first().focus();
    for (let index = 0; index < count; index += 1) {
      await page.keyboard.press('3');
      await page.keyboard.press('ArrowDown');
    }
    await expect(person.progress).toHaveText(`${count} of ${count} rated`);

    await person.openTab('Gaps');
    const suggestion = person.headline.locator('.suggestion');
    await expect(suggestion).toContainText('Suggested level: none yet');
    await expect(suggestion).toContainText('L1 is not rated yet');
    await expect(suggestion).toContainText('L4 is 100% met on its own');
    // The ladder names unrated levels instead of drawing them as 0% met.
    expect(await person.chartTable('ladder')).toContainEqual(['L1', 'not rated']);

    // The choice is stored with the person before the box shows it ticked.
    await person.headline.getByLabel('Count lower levels nobody rated as met').click();
    await expect(suggestion).toContainText('Suggested level: L4');
    await expect(suggestion).toContainText('L1, L2 and L3 counted as met');
    await page.reload();
    await expect(person.headline.locator('.suggestion')).toContainText('Suggested level: L4');
    await expect(person.headline.getByLabel('Count lower levels nobody rated as met')).toBeChecked();
  });

  test('shows only what changes at a level when asked', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L1' });
    await expect(person.progress).toHaveText('0 of 6 rated');
    await person.main.getByLabel('Only what changes at this level').check();
    // L1 → L2 keeps the Soft Skills heading but every text changes; HTML/CSS is reworded, and so on.
    await expect(person.main.locator('.rating-row')).toHaveCount(6);
    await person.main.getByLabel('Level', { exact: true }).selectOption('L1');
    await expect(person.main.getByText('Nothing to rate here')).toHaveCount(0);
  });

  test('keeps snapshots on two dates and draws the trajectory', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L4' });
    await person.rate(experienceL5, 'Consistently');
    await person.openTab('History');
    await person.main.getByRole('button', { name: 'Take snapshot' }).click();
    const trajectoryRows = person.main.locator('figure[data-chart="trajectory"] tbody tr');
    await expect(trajectoryRows.last()).toContainText('17%');

    await page.clock.setSystemTime(new Date('2026-03-09T09:00:00'));
    await person.openTab('Rate');
    await person.rate(security, 'Consistently');
    await person.rate(performance, 'Partly');
    await person.openTab('History');
    await person.main.getByRole('button', { name: 'Take snapshot' }).click();
    await expect(trajectoryRows.last()).toContainText('42%');

    // Two dates at least (the day's automatic snapshots may add a point to each, depending on timing).
    const trajectory = await person.chartTable('trajectory');
    // Each snapshot is named by its day and time, so two of one day are told apart.
    expect(trajectory[0]?.[0]).toMatch(/2026, \d{1,2}:\d{2}/);
    const dates = new Set(trajectory.map((row) => row[0]?.replace(/, .*$/, '')));
    expect(dates.size).toBe(2);
    await expect(person.main.getByRole('heading', { name: 'Compare two dates' })).toBeVisible();
    const from = person.main.getByLabel('From');
    await from.selectOption({ index: 0 });
    // Polled: the radar is redrawn for the chosen date, and read at once it can still hold the last one's rows.
    await expect.poll(async () => (await person.chartTable('radar')).length).toBeGreaterThan(2);
    // Compare names each statement whose rating changed, before → after.
    const changed = person.main.getByRole('region', { name: /Ratings that changed/ });
    await expect(changed.getByRole('listitem').filter({ hasText: security })).toContainText('Not rated → Consistently');
    await expect(changed.getByRole('listitem').filter({ hasText: performance })).toContainText('Not rated → Partly');
    await expect(changed).not.toContainText(experienceL5);

    // A snapshot can be named (the name follows it into the lists) and deleted after a confirmation.
    const snapshotsTable = person.main.getByRole('region', { name: 'Snapshots' }).getByRole('table');
    const firstName = snapshotsTable.locator('tbody tr').last().getByRole('textbox');
    await firstName.fill('Before the review 🌱');
    await firstName.blur();
    await expect(from.locator('option').first()).toHaveText(/^Before the review 🌱 · /);
    await page.reload();
    await expect(person.main.getByLabel('From').locator('option').first()).toHaveText(/^Before the review 🌱 · /);
    await snapshotsTable
      .locator('tbody tr')
      .last()
      .getByRole('button', { name: /^Delete the snapshot of Before the review/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete snapshot' }).click();
    await expect(snapshotsTable.getByRole('button', { name: /Before the review/ })).toHaveCount(0);
    await expect(person.main.getByLabel('From').locator('option', { hasText: 'Before the review' })).toHaveCount(0);
    await expect(person.main.getByRole('status').filter({ hasText: 'was deleted' })).toContainText('Before the review');
  });

  test('adds a report on the role card, rates proficiency, and removes them after a confirmation', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    await waymark.open();
    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name').fill('Дмитрий Łukasz');
    await dialog
      .getByLabel('Framework', { exact: true })
      .selectOption({ label: 'Role card: DevOps Engineering and Infrastructure Senior (P5)' });
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(waymark.heading).toHaveText('Дмитрий Łukasz');
    await expect(person.progress).toHaveText('0 of 38 rated');

    await person.rate('Advanced CI/CD tools', '3 Practitioner');
    await person.row('Cloud architecture design').focus();
    await page.keyboard.press('n');
    await expect(person.ratingOf('Cloud architecture design')).toHaveText('Not applicable');
    await expect(person.headline).toContainText('3% of DEI.GEN.P5 met');
    await person.rate('Advanced CI/CD tools', '2 Working');

    // On the 0–4 scale the gap list says the rating and what is expected, not "partly".
    await person.openTab('Gaps');
    const cicd = person.main
      .getByRole('region', { name: /What stands between/ })
      .getByRole('listitem')
      .filter({ hasText: 'Advanced CI/CD tools' });
    await expect(cicd.locator('.standing')).toHaveText('2 Working · needs 3 Practitioner');

    await person.openTab('Profile');
    await person.main.getByRole('button', { name: 'Remove Дмитрий Łukasz…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove Дмитрий Łukasz?' });
    // The day's automatic snapshot may or may not have been written yet: it follows the last rating by a moment.
    await expect(confirm).toContainText(
      /profile, 2 ratings, 0 evidence entries, [01] snapshots?, 0 goals and 0 1:1 notes from this computer/,
    );
    await confirm.getByRole('button', { name: 'Remove Дмитрий Łukasz' }).click();
    await expect(waymark.heading).toHaveText('Me');
    await expect(page.getByRole('navigation', { name: 'People' })).not.toContainText('Дмитрий');
  });

  test('records evidence for statements', async ({ waymark, page }) => {
    const person = new PersonPage(page);
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L4', name: 'Zoë' });
    await person.row(security).getByRole('button', { name: 'Add evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add evidence' });
    // The statements it may support are grouped under their skill areas (real frameworks word some alike in several).
    const architecture = dialog.getByRole('group', { name: 'Architecture, performance & security' });
    await expect(architecture.getByRole('checkbox', { name: new RegExp(security) })).toBeChecked();
    await expect(architecture.getByRole('checkbox')).toHaveCount(3);
    await expect(dialog.getByRole('group', { name: 'Soft skills & communication' }).getByRole('checkbox')).toHaveCount(1);
    await dialog.getByLabel('What happened').fill('Ran the threat-modelling session for checkout.');
    await dialog.getByRole('button', { name: 'Save evidence' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(person.row(security).getByRole('button', { name: 'Evidence (1)' })).toBeVisible();
    await person.openTab('Evidence');
    await expect(person.main.locator('.evidence-entry')).toContainText('threat-modelling');
    await expect(person.main.locator('.evidence-entry')).toContainText(security);
  });
});
