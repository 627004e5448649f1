import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, takeExpected, test } from './fixtures';
import { PersonPage } from './pages/person-page';

/** Zoë, on the Frontend track at L4, with one rating. */
async function setUpZoe(page: Page): Promise<void> {
  const person = new PersonPage(page);
  await person.setUp({ name: 'Zoë', framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  await person.rate('More then 4 years of frontend development experience.', 'Consistently');
}

/** Zoë set up, then a backup saved from the Backups screen: the path of the file saved. */
async function backupOfZoe(page: Page): Promise<string> {
  await setUpZoe(page);
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  return (await downloading).path();
}

async function restoreFrom(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosing).setFiles(path);
}

test('saves a backup and restores it exactly after showing what it holds; a cancelled restore changes nothing', async ({
  waymark,
  page,
}) => {
  const person = new PersonPage(page);
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  await setUpZoe(page);

  await people.getByRole('link', { name: 'Backups' }).click();
  await expect(waymark.heading).toHaveText('Backups and privacy');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Waymark backup – \d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();

  // Change things after the backup: another person, another rating.
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Temporary report');
  await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click();
  await people.getByRole('link', { name: /^Zoë/ }).click();
  await person.rate('Awareness of common vulnerabilities', 'Partly');

  await people.getByRole('link', { name: 'Backups' }).click();
  await restoreFrom(page, backupPath);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('region', { name: 'The backup holds' })).toContainText('Zoë');
  await expect(dialog.getByRole('region', { name: 'The backup holds' }).getByRole('listitem').filter({ hasText: 'rating' })).toHaveText(
    '1 rating',
  );
  await expect(dialog.getByRole('region', { name: 'This workspace holds now' })).toContainText('Temporary report');
  await expect(
    dialog.getByRole('region', { name: 'This workspace holds now' }).getByRole('listitem').filter({ hasText: 'rating' }),
  ).toHaveText('2 ratings');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is restored' })).toBeVisible();
  await expect(people).not.toContainText('Temporary report');
  await people.getByRole('link', { name: /^Zoë/ }).click();
  await expect(person.ratingOf('More then 4 years of frontend development experience.')).toHaveText('Consistently');
  await expect(person.ratingOf('Awareness of common vulnerabilities')).toHaveCount(0);

  await people.getByRole('link', { name: 'Backups' }).click();
  await restoreFrom(page, backupPath);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(people).not.toContainText('Temporary report');
});

test('says so when a chosen backup cannot be compared with the workspace, and restores nothing', async ({
  waymark,
  page,
  pageProblems,
}) => {
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  const backupPath = await backupOfZoe(page);

  // The code that counts the workspace cannot be loaded: the preview cannot be shown.
  await page.route(/\/assets\/backup-repository-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await restoreFrom(page, backupPath);
  const status = page.getByRole('alert').filter({ hasText: 'could not be compared with your workspace' });
  await expect(status).toContainText('The backup could not be compared with your workspace, so nothing was restored.');
  await expect(page.getByText('Checking')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(people.getByRole('link', { name: /^Zoë/ })).toBeVisible();
  expect(takeExpected(pageProblems, /backup-repository|status of 404|dynamically imported module/).length).toBeGreaterThan(0);
});

test('undoes a restore from the revert point', async ({ waymark, page }) => {
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  await people.getByRole('link', { name: 'Backups' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const backupPath = await (await downloading).path();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Kept by undo');
  await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click();
  await people.getByRole('link', { name: 'Backups' }).click();
  await restoreFrom(page, backupPath);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(people).not.toContainText('Kept by undo');

  // The way back stays after leaving the screen, and after the page is loaded again.
  await people.getByRole('link', { name: /^Me/ }).click();
  await page.reload();
  await expect(waymark.heading).toHaveText('Me');
  await people.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Undo the restore' }).click();
  await expect(people).toContainText('Kept by undo');
  await expect(page.getByRole('status').filter({ hasText: 'The restore is undone' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo the restore' })).toHaveCount(0);
});

test('refuses a backup whose records do not fit together, saying which and why; leaves out unknown fields and says so', async ({
  waymark,
  page,
}, testInfo) => {
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  const backup = JSON.parse(await readFile(await backupOfZoe(page), 'utf8')) as {
    tables: { people: Record<string, unknown>[]; ratingsByRater: Record<string, unknown>[] };
  };

  const [rating] = backup.tables.ratingsByRater;
  const dangling = testInfo.outputPath('Waymark backup – dangling.json');
  await writeFile(
    dangling,
    JSON.stringify({ ...backup, tables: { ...backup.tables, ratingsByRater: [{ ...rating, personId: 'somebody-else' }] } }),
  );
  await restoreFrom(page, dangling);
  await expect(page.getByRole('alert')).toContainText(
    'Waymark backup – dangling.json cannot be restored: rating 1 belongs to a person that is not in the file. It was not restored and nothing was changed.',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const [me] = backup.tables.people;
  const extra = testInfo.outputPath('Waymark backup – extra.json');
  await writeFile(extra, JSON.stringify({ ...backup, tables: { ...backup.tables, people: [{ ...me, shoeSize: 42 }] } }));
  await restoreFrom(page, extra);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('list', { name: 'About this backup' })).toContainText(
    '1 field this Waymark does not know will be left out: person 1, shoeSize.',
  );
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The backup is restored' })).toBeVisible();
  await expect(people).toContainText('Zoë');
});

test('refuses a damaged or foreign file and changes nothing', async ({ waymark, page }, testInfo) => {
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  await people.getByRole('link', { name: 'Backups' }).click();
  const foreign = testInfo.outputPath('settings.json');
  await writeFile(foreign, '{"theme": "dark"}');
  await restoreFrom(page, foreign);
  await expect(page.getByRole('alert')).toContainText(
    'settings.json is not a Waymark backup. It was not restored and nothing was changed.',
  );
  const cut = testInfo.outputPath('Waymark backup – cut.json');
  await writeFile(cut, '{"format":"waymark-backup","formatVersion":1,"createdAt":"2026-');
  await restoreFrom(page, cut);
  await expect(page.getByRole('alert')).toContainText('it is not JSON, or it was cut short');
  await expect(people.getByRole('link', { name: /^Me/ })).toBeVisible();
});
