/**
 * Accessibility measured with axe-core on the main screens and every dialog, in the light and the dark
 * theme: no critical and no serious violations.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { saveBackupWithBundledCopy } from './bundled-copy-backup';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious violations on the person's screens, ${scheme}`, async ({ waymark, page }) => {
    // Twelve full axe runs: more than the default test time on a busy machine (90 s was not enough at load 20).
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const person = new PersonPage(page);
    await waymark.open();
    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'framework')));
    await person.setUp({ framework: frontend, current: 'L4' });
    await person.rate('More then 4 years of frontend development experience.', 'Consistently');
    for (const tab of ['Rate', 'Next level', 'Compare', 'Gaps', 'Plan', '1:1s', 'History', 'Evidence', 'Documents', 'Profile'] as const) {
      await person.openTab(tab);
      await expect(page.getByRole('tabpanel')).not.toContainText('Loading…');
      found.push(...(await seriousViolations(page, tab)));
    }
    await page.getByRole('button', { name: 'Add a person' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await seriousViolations(page, 'Add a person')));
    expect(found).toEqual([]);
  });
}

async function chooseFile(page: Page, button: string, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await choosing).setFiles(path);
}

/** What every dialog test needs: the page's parts, the findings, and a way to measure and to cancel. */
function dialogCheck(page: Page) {
  const dialog = page.getByRole('dialog');
  const found: string[] = [];
  return {
    dialog,
    found,
    people: page.getByRole('navigation', { name: 'People' }),
    measure: async (where: string) => {
      found.push(...(await seriousViolations(page, where)));
    },
    cancel: async () => {
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
    },
  };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious violations in a person's dialogs and an assessment file's, ${scheme}`, async ({
    waymark,
    page,
  }, testInfo) => {
    // A dozen axe runs and an assessment file sealed and opened: over the default test time.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const person = new PersonPage(page);
    const { dialog, found, people, measure, cancel } = dialogCheck(page);

    await waymark.open();
    await person.setUp({ name: 'Zoë', framework: frontend, current: 'L4' });
    await person.rate('More then 4 years of frontend development experience.', 'Consistently');
    await person.main.locator('.toolbar').getByRole('button', { name: 'Add evidence' }).click();
    await dialog.getByLabel('Title').fill('Ran the accessibility review');
    await measure('evidence editor');
    await cancel();

    await person.openTab('Plan');
    await person.main.getByRole('button', { name: 'Add a goal' }).click();
    await expect(dialog).toBeVisible();
    await measure('goal dialog');
    await cancel();
    await person.openTab('1:1s');
    await person.main.getByRole('button', { name: 'New 1:1' }).click();
    await expect(dialog).toBeVisible();
    await measure('new 1:1');
    await cancel();

    await person.openTab('History');
    await person.main.getByRole('button', { name: 'Take snapshot' }).click();
    await person.main
      .getByRole('button', { name: /^Delete the snapshot/ })
      .first()
      .click();
    await expect(dialog).toBeVisible();
    await measure('snapshot delete');
    await cancel();

    await page.getByRole('button', { name: 'Add a person' }).click();
    await dialog.getByLabel('Name').fill('Priya');
    await dialog.getByLabel('Report', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(waymark.heading).toHaveText('Priya');
    await person.openTab('Profile');
    await person.main.getByRole('button', { name: 'Remove Priya…' }).click();
    await expect(dialog).toBeVisible();
    await measure('remove person');
    await cancel();

    // An assessment file, protected with a passphrase, sent and taken in again.
    await people.getByRole('link', { name: /^Zoë/ }).click();
    await person.openTab('Compare');
    await person.main.getByRole('radio', { name: /The self-assessment/ }).check();
    await person.main.getByLabel('Protect the file with a passphrase').check();
    await person.main.getByLabel('Passphrase', { exact: true }).fill('blue lantern orchard');
    await person.main.getByLabel('Repeat it').fill('blue lantern orchard');
    await measure('assessment export');
    const downloading = page.waitForEvent('download');
    await person.main.getByRole('button', { name: 'Export assessment file…' }).click();
    const assessment = testInfo.outputPath('self-assessment.json');
    await (await downloading).saveAs(assessment);
    await people.getByRole('link', { name: 'Team overview' }).click();
    await chooseFile(page, 'Import an assessment file…', assessment);
    await dialog.getByLabel('Passphrase').fill('not the passphrase');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await measure('protected assessment');
    await dialog.getByLabel('Passphrase').fill('blue lantern orchard');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('dialog', { name: 'Take in this self-assessment?' })).toBeVisible();
    await measure('assessment preview');
    await cancel();

    expect(found).toEqual([]);
  });

  test(`no critical or serious violations in the framework screens, their dialogs, the backups and the lock, ${scheme}`, async ({
    waymark,
    page,
  }, testInfo) => {
    // A dozen axe runs, a backup restored and a workspace locked: over the default test time.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const frameworks = page.getByRole('navigation', { name: 'Frameworks' });
    const { dialog, found, people, measure, cancel } = dialogCheck(page);
    await waymark.open();
    const broken = testInfo.outputPath('broken-ladder.csv');
    await writeFile(broken, 'track;level;category;statement\r\nWeb;L1;skills;Builds pages\r\nWeb;L2;skill;\r\n');
    await chooseFile(page, 'Import a framework…', broken);
    await expect(page.getByRole('dialog', { name: 'broken-ladder.csv could not be imported' })).toBeVisible();
    await measure('import problems');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await chooseFile(page, 'Import a framework…', resolve(import.meta.dirname, '../fixtures/frameworks/real/engineeringladders.csv'));
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
    await measure('import preview');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('button', { name: 'Remove framework…' }).click();
    await expect(dialog).toBeVisible();
    await measure('remove framework');
    await cancel();

    await page
      .getByRole('link', { name: /^What changes from/ })
      .first()
      .click();
    await expect(waymark.heading).toContainText('what changes from');
    await measure('level changes');
    await page.getByRole('button', { name: 'Format guide' }).click();
    await expect(dialog).toBeVisible();
    await measure('format guide');
    await page.keyboard.press('Escape');
    await waymark.openRoleCard();
    await measure('role card');
    await people.getByRole('link', { name: 'Team overview' }).click();
    await expect(waymark.heading).toHaveText('Team overview');
    await expect(page.getByRole('main')).not.toContainText('Loading');
    await measure('team overview');

    await people.getByRole('link', { name: 'Backups' }).click();
    const edited = testInfo.outputPath('Waymark backup – older.json');
    await saveBackupWithBundledCopy(page, edited);
    await chooseFile(page, 'Restore from a file…', edited);
    await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
    await measure('restore preview');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('heading', { name: 'Undo the last restore' })).toBeVisible();
    await measure('undo the restore');

    await frameworks.getByRole('link', { name: /Our edition of the DevOps card/ }).click();
    await page.getByRole('button', { name: 'Remove imported versions…' }).click();
    await expect(dialog).toBeVisible();
    await measure('remove imported versions');
    await cancel();

    await people.getByRole('link', { name: 'Backups' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
    await page.getByLabel('Repeat it').fill('correct horse battery staple');
    await measure('passphrase lock');
    await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The workspace is locked' })).toBeVisible({ timeout: 20_000 });
    await measure('locked');
    await page.reload();
    await expect(waymark.heading).toBeVisible();
    await measure('unlock');

    expect(found).toEqual([]);
  });
}
