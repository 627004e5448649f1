/**
 * Accessibility measured with axe-core on the main screens and every dialog, in the light and the dark
 * theme: no critical and no serious violations.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { saveBackupWithBundledCopy } from './bundled-copy-backup';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) ${violation.nodes.length}× ${violation.nodes[0]?.target.join(' ') ?? ''}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious violations on the person's screens, ${scheme}`, async ({ waymark, page }) => {
    // Twelve full axe runs: more than the default test time on a busy machine.
    test.slow();
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

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious violations in the confirmations, editors, previews and the lock, ${scheme}`, async ({
    waymark,
    page,
  }, testInfo) => {
    // Twenty axe runs, a backup restored and a workspace locked: well over the default test time.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const person = new PersonPage(page);
    const people = page.getByRole('navigation', { name: 'People' });
    const frameworks = page.getByRole('navigation', { name: 'Frameworks' });
    const dialog = page.getByRole('dialog');
    const found: string[] = [];
    const measure = async (where: string) => found.push(...(await seriousViolations(page, where)));
    const cancel = async () => {
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
    };

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
