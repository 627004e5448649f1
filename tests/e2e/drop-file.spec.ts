/**
 * Dropping a file on the window: a framework goes to the import preview, a backup to the restore
 * preview — the same confirmation as the buttons, and nothing changes before it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const spreadsheet = resolve(import.meta.dirname, '../fixtures/frameworks/spreadsheet-semicolons.csv');

/** Plays the system dragging a file from the file manager and dropping it on the page. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name));
      return transfer;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test('a framework file dropped on the window opens the import preview; nothing is imported until confirmed', async ({ waymark, page }) => {
  await waymark.open();
  await dropFile(page, 'spreadsheet-semicolons.csv', await readFile(spreadsheet, 'utf8'));
  const preview = page.getByRole('dialog', { name: 'Import spreadsheet-semicolons?' });
  await expect(preview).toContainText('Platform: 2 levels, 4 areas, 8 statements');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('navigation', { name: 'Frameworks' })).not.toContainText('Platform');

  await dropFile(page, 'spreadsheet-semicolons.csv', await readFile(spreadsheet, 'utf8'));
  await page.getByRole('dialog', { name: 'Import spreadsheet-semicolons?' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Platform career map');
});

test('a backup dropped on the window opens the restore preview on the Backups screen', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  await person.setUp({ name: 'Zoë', framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  await people.getByRole('link', { name: 'Backups' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const backup = await readFile(await (await downloading).path(), 'utf8');

  await people.getByRole('link', { name: /^Zoë/ }).click();
  await dropFile(page, 'Waymark backup.json', backup);
  await expect(waymark.heading).toHaveText('Backups and privacy');
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('region', { name: 'The backup holds' })).toContainText('Zoë');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(people).toContainText('Zoë');
});

test('a file that is neither says what is wrong with it, and changes nothing', async ({ waymark, page }) => {
  await waymark.open();
  await dropFile(page, 'notes.txt', 'Not a framework at all');
  await expect(page.getByRole('dialog', { name: /notes\.txt/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // A PDF dropped by mistake is named for what it is, in one problem, not in a parser's words.
  await dropFile(page, 'Growth plan.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n: : - [ {');
  const dialog = page.getByRole('dialog', { name: /Growth plan\.pdf/ });
  await expect(dialog).toContainText(
    "Growth plan.pdf: This file is a PDF document, not a framework, so nothing was read from it. Choose the framework's CSV, JSON, YAML or Excel (.xlsx) file",
  );
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
});
