import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { pdfText } from './pdf-text';
import { fillWorkspace } from './seeded-workspace';

test.use({ locale: 'en-GB' });

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const experienceL5 = 'More then 4 years of frontend development experience.';
const security = 'Awareness of common vulnerabilities';

test('the team overview lists everyone, sorts, draws the heatmap with thin areas, opens a person and prints', async ({ waymark, page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ name: 'Sam', framework: frontend, current: 'L4' });
  await person.rate(experienceL5, 'Consistently');

  for (const [name, relationship] of [
    ['Priya Natarajan', 'report'],
    ['Jordan Okafor', 'client'],
  ] as const) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel(relationship === 'report' ? 'Report' : 'Client', { exact: true }).check();
    await dialog.getByLabel('Framework', { exact: true }).selectOption({ label: frontend });
    await dialog.getByLabel('Current level').selectOption('L4');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(waymark.heading).toHaveText(name);
  }
  // Jordan, as a client, is rated by the coach: both statements consistently.
  await person.rate(experienceL5, 'Consistently');
  await person.rate(security, 'Consistently');

  await page.getByRole('link', { name: 'Team overview' }).click();
  await expect(waymark.heading).toHaveText('Team overview');
  await expect(page.getByTestId('team-status')).toHaveText('3 people');
  const table = person.main.locator('.team-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  const jordan = table.locator('tbody tr', { hasText: 'Jordan Okafor' });
  await expect(jordan.locator('[data-column="percentMet"]')).toHaveText('33%');
  await expect(jordan.locator('[data-column="targetLevel"]')).toHaveText('L5');
  await expect(table.locator('tbody tr', { hasText: 'Sam' }).locator('[data-column="percentMet"]')).toHaveText('17%');

  // Sorting by % met puts the most met first; again, the least.
  await table.getByRole('button', { name: '% of target met' }).click();
  await expect(table.locator('tbody tr').first()).toContainText('Jordan Okafor');
  await table.getByRole('button', { name: /% of target met/ }).click();
  await expect(table.locator('tbody tr').first()).toContainText('Priya Natarajan');

  await person.main.getByLabel('Show').selectOption({ label: 'My clients' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await person.main.getByLabel('Show').selectOption({ label: 'Everyone' });

  const heatmap = person.main.locator('figure[data-chart="heatmap"]');
  await expect(heatmap.locator('tbody tr')).toHaveCount(3);
  // Priya, whom nobody rated yet, is "not rated" in every area, not 0 %.
  const priyasCells = heatmap.locator('tbody tr', { hasText: 'Priya Natarajan' }).locator('td.heat');
  await expect(priyasCells.first()).toHaveText('not rated');
  expect(new Set(await priyasCells.allInnerTexts())).toEqual(new Set(['not rated']));
  await expect(heatmap).toContainText('Thin (at most one person meets it)');
  await expect(heatmap.locator('tfoot [data-thin="true"]').first()).toBeVisible();

  await page.getByLabel('Paper').selectOption('A4');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as PDF' }).click();
  const download = await downloading;
  await expect(page.locator('[data-export="saved"]')).toBeVisible();
  expect(download.suggestedFilename()).toBe('Team overview – Everyone – 2026-11-23.pdf');
  const { text } = await pdfText(await download.path());
  expect(text).toContain('Everyone (3 people)');
  expect(text).toContain('Jordan Okafor');
  expect(text).toContain('Frontend: % met by area at each person’s target');
  expect(text).toContain('thin');
  expect(text).toMatch(/Page 1 of \d/);
  expect(text).toContain('Career map: Infrastructure and Frontend · version');

  await table.getByRole('link', { name: 'Priya Natarajan' }).click();
  await expect(waymark.heading).toHaveText('Priya Natarajan');
});

test('300 people: the overview finds people by a part of their name in its table and heatmap; its totals still count everyone', async ({
  waymark,
  page,
}) => {
  // A 300-person seed, an axe run over a 150-column heatmap and a 99-person PDF: over the default test
  // time on a busy machine.
  test.setTimeout(180_000);
  await waymark.open();
  await fillWorkspace(page, 300);
  await expect(waymark.heading).toHaveText('Benchmark');
  await page.getByRole('link', { name: 'Team overview' }).click();
  await expect(waymark.heading).toHaveText('Team overview');
  const main = page.getByRole('main');
  await expect(page.getByTestId('team-status')).toHaveText('300 people');
  const tableRows = main.locator('.team-table tbody tr');
  const tableNames = main.locator('.team-table tbody th');
  const heatmapRows = main.locator('.heatmap-table tbody tr');
  const totals = main.locator('.heatmap-table tfoot');
  const showAll = main.getByRole('button', { name: /^Show all/ });
  await expect(tableRows).toHaveCount(25);
  await expect(heatmapRows).toHaveCount(25);
  await expect(showAll).toHaveText('Show all 300 people (the first 25 are shown, in the order chosen)');
  const everyonesTotals = (await totals.textContent()) ?? '';

  const finder = main.getByRole('searchbox', { name: 'Find by name in this overview' });
  const found = main.locator('#team-found');
  // "Łukasz Żółć" typed without Polish letters: those found are drawn as the group is, the first 25 in
  // the table and the heatmap, and every one a click away; the totals are the whole group's still.
  await finder.fill('lukasz');
  await expect(found).toHaveText('43 of 300 people found. The PDF and the heatmap’s totals are still the whole group’s.');
  await expect(tableRows).toHaveCount(25);
  await expect(heatmapRows).toHaveCount(25);
  await showAll.click();
  await expect(tableRows).toHaveCount(43);
  await expect(heatmapRows).toHaveCount(43);
  for (const name of await tableNames.allInnerTexts()) expect(name).toMatch(/^Łukasz Żółć \d+$/);
  // With a part of the number too.
  await finder.fill('lukasz zolc 1');
  await expect(found).toHaveText('20 of 300 people found. The PDF and the heatmap’s totals are still the whole group’s.');
  await expect(tableRows).toHaveCount(20);
  for (const name of await tableNames.allInnerTexts()) expect(name).toMatch(/^Łukasz Żółć \d*1\d*$/);
  await expect(heatmapRows).toHaveCount(20);
  // The same people in both (each in its own order).
  const heatmapNames = await main.locator('.heatmap-table tbody th').allInnerTexts();
  expect(heatmapNames.toSorted()).toEqual((await tableNames.allInnerTexts()).toSorted());
  await expect(totals).toHaveText(everyonesTotals);
  await expect(showAll).toHaveCount(0);
  // The box, its line and the rows found pass axe's critical and serious rules.
  expect(await seriousViolations(page, 'people found in the team overview')).toEqual([]);

  // Another group: what is typed finds within it.
  await main.getByLabel('Show').selectOption('clients');
  await expect(found).toHaveText('5 of 99 people found. The PDF and the heatmap’s totals are still the whole group’s.');
  await expect(tableRows).toHaveCount(5);
  await expect(heatmapRows).toHaveCount(5);
  // The PDF is the whole group's still.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as PDF' }).click();
  const { text } = await pdfText(await (await downloading).path());
  expect(text).toContain('My clients (99 people)');
  expect(text).toContain('Zoë Ångström 21');
  await main.getByLabel('Show').selectOption('everyone');

  await finder.fill('zzz');
  await expect(found).toHaveText('No name matches “zzz”. Escape clears it.');
  await expect(tableRows).toHaveCount(0);
  await expect(heatmapRows).toHaveCount(0);

  // Escape clears the box: the group's first 25 again (every row was asked for of those found, not of
  // the whole group), and the way to the rest.
  await finder.press('Escape');
  await expect(finder).toHaveValue('');
  await expect(found).toHaveText('');
  await expect(tableRows).toHaveCount(25);
  await expect(heatmapRows).toHaveCount(25);
  await expect(showAll).toBeVisible();
});
