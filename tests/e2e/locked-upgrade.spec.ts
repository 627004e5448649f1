/**
 * A workspace locked by an earlier Waymark opens in this one: the passphrase is asked before the
 * upgrade (which reads sealed records), the upgrade runs in Chromium with the key inside IndexedDB's
 * upgrade transaction, and every record stays sealed on disk. Before, such a workspace could not be
 * loaded at all ("Your workspace could not be loaded").
 */
import { expect, test } from './fixtures';
import { putOldLockedWorkspace, storedRows } from './old-locked-workspace';
import { PersonPage } from './pages/person-page';

const passphrase = 'correct horse battery';

test('a workspace locked by the Waymark of format 4 asks its passphrase, then is upgraded, still sealed', async ({ page }) => {
  await putOldLockedWorkspace(page, 4, passphrase);
  expect((await storedRows(page, 'ratings')).version).toBe(4);

  await page.goto('/');
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Unlock your workspace');
  await expect(page.getByText('This workspace was saved by an earlier version of Waymark.')).toBeVisible();
  // Nothing is upgraded before the passphrase is given.
  expect((await storedRows(page, 'ratings')).version).toBe(4);

  await page.getByLabel('Passphrase').fill('Correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not unlock this workspace');
  expect((await storedRows(page, 'ratings')).version).toBe(4);

  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(heading).toHaveText('Sam Rivera');
  const people = page.getByRole('navigation', { name: 'People' });
  for (const name of ['Priya Natarajan', 'Jordan Okafor']) await expect(people.getByRole('link', { name })).toBeVisible();

  // The ratings came through the upgrade as the person's own, readable with the key.
  const me = new PersonPage(page);
  await me.openTab('Rate');
  await expect(me.ratingOf('More then 4 years of frontend development experience.')).toHaveText('Consistently');

  const ratings = await storedRows(page, 'ratingsByRater');
  expect(ratings.version).toBe(6);
  expect(ratings.rows).toHaveLength(10);
  for (const table of ['ratingsByRater', 'people', 'meetings', 'goals', 'revertRecords']) {
    const { rows } = await storedRows(page, table);
    expect(rows.length, table).toBeGreaterThan(0);
    expect(
      rows.every((row) => typeof row === 'object' && row !== null && '__sealed' in row),
      `${table} stays sealed`,
    ).toBe(true);
  }
  expect(JSON.stringify((await storedRows(page, 'people')).rows)).not.toContain('Priya');
});
