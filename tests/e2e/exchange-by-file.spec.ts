import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { WaymarkPage } from './pages/waymark-page';

test.use({ locale: 'en-GB' });

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const experienceL5 = 'More then 4 years of frontend development experience.';
const security = 'Awareness of common vulnerabilities';
const passphrase = 'blue lantern orchard';

const snowflake = new URL('../fixtures/frameworks/real/snowflake.csv', import.meta.url);
const snowflakeTrack = 'Medium Engineering Growth Framework (Snowflake) — Engineering';
/** Three statements of Snowflake's Milestone 2 Mobile skills, and a rating for each. */
const rated = [
  ['Defines new useful and appropriate proto-generated objects', 'Consistently'],
  ['Creates simple new activities on Android', 'Partly'],
  ['Migrates code from old patterns to new patterns', 'Not yet'],
] as const;

async function importFramework(on: Page, path: string, button: RegExp): Promise<void> {
  const choosing = on.waitForEvent('filechooser');
  await on.getByRole('button', { name: 'Import a framework…' }).click();
  await (await choosing).setFiles(path);
  await on.getByRole('dialog').getByRole('button', { name: button }).click();
  await expect(on.getByRole('dialog')).toHaveCount(0);
}

/** Snowflake's CSV with `statement` added before the three rated ones, which moves their ids one place on. */
async function snowflakeWithStatement(path: string, statement: string): Promise<string> {
  const before = 'Medium Engineering Growth Framework (Snowflake),Engineering,M2,Milestone 2,skill,Mobile,Defines new useful';
  const added = `Medium Engineering Growth Framework (Snowflake),Engineering,M2,Milestone 2,skill,Mobile,${statement},A,signal`;
  await writeFile(path, (await readFile(snowflake, 'utf8')).replace(before, `${added}\r\n${before}`));
  return path;
}

/** Takes the previewed file in, then checks the self-ratings landed on the statements rated, and none on `added`. */
async function takeInAndCheck(page: Page, preview: Locator, person: PersonPage, added: string): Promise<void> {
  await preview.getByRole('button', { name: 'Take it in' }).click();
  await page.getByTestId('import-outcome').getByRole('link', { name: 'Compare the ratings' }).click();
  await person.openTab('Rate');
  await person.main.getByRole('radio', { name: 'Self' }).check();
  for (const [text, rating] of rated) await expect(person.ratingOf(text)).toHaveText(rating);
  await expect(person.ratingOf(added)).toHaveCount(0);
  await expect(person.main.locator('.recheck')).toHaveCount(0);
}

async function exportFile(page: Page, kind: RegExp, protect: boolean): Promise<string> {
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: kind }).check();
  if (protect) {
    await main.getByLabel('Protect the file with a passphrase').check();
    await main.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await main.getByLabel('Repeat it').fill(passphrase);
  }
  const downloading = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Export assessment file…' }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('main').getByRole('button', { name: 'Import an assessment file…' }).click();
  await (await choosing).setFiles(path);
}

test('a self-assessment and a review travel between two workspaces by file, protected, with nothing overwritten', async ({
  waymark,
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  // Her workspace: she rates herself and sends her self-assessment, sealed with a passphrase.
  const hers = new PersonPage(page);
  await waymark.open();
  await hers.setUp({ name: 'Priya Natarajan', framework: frontend, current: 'L4' });
  await hers.rate(experienceL5, 'Consistently');
  await hers.rate(security, 'Consistently');
  await hers.openTab('Compare');
  const selfFile = await exportFile(page, /The self-assessment/, true);
  expect(selfFile).toMatch(/Self-assessment – Priya Natarajan – \d{4}-\d\d-\d\d\.json$/);
  expect(await readFile(selfFile, 'utf8')).not.toContain('Priya');

  // The manager's workspace, in another browser context: a separate IndexedDB.
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const managerPage = await context.newPage();
  const manager = new WaymarkPage(managerPage);
  const managerPerson = new PersonPage(managerPage);
  await manager.open();
  await managerPerson.setUp({ name: 'Morgan', framework: frontend, current: 'L6' });
  await managerPage.getByRole('link', { name: 'Team overview' }).click();

  await chooseFile(managerPage, selfFile);
  const locked = managerPage.getByRole('dialog', { name: 'This file is protected' });
  await locked.getByLabel('Passphrase').fill('not the passphrase');
  await locked.getByRole('button', { name: 'Open' }).click();
  await expect(locked.getByRole('alert')).toContainText('did not open with that passphrase');
  await locked.getByLabel('Passphrase').fill(passphrase);
  await locked.getByRole('button', { name: 'Open' }).click();

  const preview = managerPage.getByRole('dialog', { name: 'Take in this self-assessment?' });
  await expect(preview.getByLabel('Take it in for')).toHaveValue('__new__');
  await expect(preview.getByTestId('import-preview')).toContainText('2 ratings added');
  await preview.getByRole('button', { name: 'Take it in' }).click();
  await expect(managerPage.getByTestId('import-outcome')).toContainText(
    'The self-assessment is taken in for Priya Natarajan: 2 ratings added',
  );
  await expect(managerPage.locator('.team-table tbody tr')).toHaveCount(2);

  // The manager rates too, and they agree on one; the review goes back, unprotected.
  await managerPage.getByTestId('import-outcome').getByRole('link', { name: 'Compare the ratings' }).click();
  await managerPerson.openTab('Rate');
  await expect(managerPerson.main.getByRole('radio', { name: 'Manager' })).toBeChecked();
  await managerPerson.rate(security, 'Not yet');
  await managerPerson.openTab('Compare');
  const flagged = managerPerson.main.locator('.compare-row[data-flagged="true"]');
  await expect(flagged).toContainText(security);
  await flagged.getByRole('combobox', { name: /Agreed rating/ }).selectOption({ label: 'Partly' });
  await expect(managerPerson.main.getByTestId('compare-summary')).toContainText('(1 of them agreed)');
  const reviewFile = await exportFile(managerPage, /The review/, false);

  // A review changed on its way is refused, and nothing changes.
  const tampered = test.info().outputPath('tampered.json');
  await writeFile(tampered, (await readFile(reviewFile, 'utf8')).replace('"not-yet"', '"consistently"'));
  await hers.openTab('Compare');
  await chooseFile(page, tampered);
  await expect(page.getByTestId('import-outcome')).toContainText('was changed or damaged after it was exported');
  await expect(hers.main.locator('.compare-row').first()).toContainText('Not rated');

  // The real one finds her by the link the manager's workspace kept, and adds only the manager's and agreed ratings.
  await chooseFile(page, reviewFile);
  const review = page.getByRole('dialog', { name: 'Take in this review?' });
  await expect(review.getByLabel('Take it in for')).toHaveValue(await page.evaluate(() => location.hash.split('/')[2] ?? ''));
  await expect(review.getByTestId('import-preview')).toContainText('2 ratings added');
  await review.getByRole('button', { name: 'Take it in' }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('The review is taken in for Priya Natarajan: 2 ratings added');
  const row = hers.main.locator('.compare-row', { hasText: security });
  await expect(row).toContainText('Not yet');
  await expect(row.getByRole('combobox', { name: /Agreed rating/ })).toHaveValue('partly');
  await hers.openTab('Rate');
  await expect(hers.ratingOf(security)).toHaveText('Consistently');

  // The same file again is refused: it was already taken in.
  await hers.openTab('Compare');
  await chooseFile(page, reviewFile);
  await expect(page.getByRole('dialog', { name: 'Take in this review?' }).getByRole('alert')).toContainText('already taken in');
  await context.close();
});

test('a self-assessment made with an earlier version of an imported framework lands on the same statements in the new one', async ({
  waymark,
  page,
}, testInfo) => {
  const person = new PersonPage(page);
  await waymark.open();
  await importFramework(page, snowflake.pathname, /^Import$/);
  await page.getByRole('link', { name: /^Me/ }).click();
  await person.setUp({ name: 'Priya Natarajan', framework: snowflakeTrack, current: 'M1' });
  for (const [text, rating] of rated) await person.rate(text, rating);
  await person.openTab('Compare');
  const selfFile = await exportFile(page, /The self-assessment/, false);

  // Version 2 adds a statement before these three: their ids move one place on.
  const added = 'Ships a release to both app stores';
  await importFramework(page, await snowflakeWithStatement(testInfo.outputPath('snowflake.csv'), added), /^Import as a new version$/);

  // The file, made with version 1, is taken in for a new person: its ratings are matched to version 2 by their words.
  await page
    .getByRole('link', { name: /^Priya Natarajan/ })
    .first()
    .click();
  await person.openTab('Compare');
  await chooseFile(page, selfFile);
  const preview = page.getByRole('dialog', { name: 'Take in this self-assessment?' });
  await expect(preview).toContainText(
    'It was made with version 1 of the framework; this workspace has version 1 (revision 2). Its ratings and evidence are matched to the statements of version 1 (revision 2) by their words: 3 ratings follow their statements to where version 1 (revision 2) has them.',
  );
  await preview.getByLabel('Take it in for').selectOption('__new__');
  await takeInAndCheck(page, preview, person, added);
});

test("a self-assessment lands on the same statements in a workspace that has another copy of the framework under the file's version label", async ({
  waymark,
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.slow();
  // Her workspace has Snowflake as published; she rates three statements and sends her self-assessment.
  const hers = new PersonPage(page);
  await waymark.open();
  await importFramework(page, snowflake.pathname, /^Import$/);
  await page.getByRole('link', { name: /^Me/ }).click();
  await hers.setUp({ name: 'Priya Natarajan', framework: snowflakeTrack, current: 'M1' });
  for (const [text, rating] of rated) await hers.rate(text, rating);
  await hers.openTab('Compare');
  const selfFile = await exportFile(page, /The self-assessment/, false);

  // Her manager's workspace imported a copy with a statement added before those three: the same version
  // label ("1"), other ids for them. The manager has never seen her copy.
  const added = 'Ships a release to both app stores — 移动端 🚀';
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const managerPage = await context.newPage();
  const manager = new PersonPage(managerPage);
  await new WaymarkPage(managerPage).open();
  await importFramework(managerPage, await snowflakeWithStatement(testInfo.outputPath('snowflake.csv'), added), /^Import$/);
  await managerPage.getByRole('link', { name: /^Me/ }).click();
  await manager.setUp({ name: 'Morgan', framework: snowflakeTrack, current: 'M3' });
  await managerPage.getByRole('link', { name: 'Team overview' }).click();
  await chooseFile(managerPage, selfFile);
  const preview = managerPage.getByRole('dialog', { name: 'Take in this self-assessment?' });
  await expect(preview).toContainText(
    'It was made with another copy of version 1 of the framework, whose statements are not all worded or placed as in this workspace’s. Its ratings and evidence are matched to the statements of this workspace’s copy by their words: 3 ratings follow their statements to where this workspace’s copy has them.',
  );
  await takeInAndCheck(managerPage, preview, manager, added);
  await context.close();
});
