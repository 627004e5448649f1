/**
 * One walk through every screen and action — mapping, plans, 1:1s, documents, importing, exporting,
 * backups — failing (through the fixture) on any request that leaves the app's own origin.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { MeetingsPage } from './pages/plan-pages';

const spreadsheet = resolve(import.meta.dirname, '../fixtures/frameworks/spreadsheet-semicolons.csv');

async function download(page: Page, button: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return (await downloading).path();
}

async function choose(page: Page, button: string, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await choosing).setFiles(path);
}

test('every screen and action stays on this computer', async ({ waymark, page, baseURL }) => {
  test.slow();
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  const person = new PersonPage(page);
  const meetings = new MeetingsPage(page);
  const frameworksNav = page.getByRole('navigation', { name: 'Frameworks' });

  await waymark.open();
  await person.setUp({ name: 'Zoë', framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  await person.rate('More then 4 years of frontend development experience.', 'Consistently');
  await person.row('Awareness of common vulnerabilities').getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('dialog').getByLabel('What happened').fill('Threat model for checkout');
  await page.getByRole('dialog').getByRole('button', { name: 'Save evidence' }).click();

  await person.openTab('Gaps');
  await person.main.getByRole('button', { name: 'Make a goal' }).first().click();
  await person.openTab('Plan');
  await person.openTab('1:1s');
  await meetings.newMeeting();
  await person.openTab('History');
  await person.main.getByRole('button', { name: 'Take snapshot' }).click();
  await person.openTab('Evidence');
  await person.openTab('Documents');
  for (const button of ['Export growth plan', 'Export 1:1 preparation', 'Export worksheet']) await download(page, button);
  await person.openTab('Profile');

  await frameworksNav.getByRole('link', { name: /^Infrastructure/ }).click();
  await page.getByRole('link', { name: 'What changes' }).first().click();
  await download(page, 'Blank worksheet for Infrastructure L2 (PDF)');
  await frameworksNav.getByRole('link', { name: /DevOps/ }).click();
  const exported = await download(page, 'Export as JSON');

  await choose(page, 'Import a framework…', spreadsheet);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Platform career map');
  await download(page, 'Export as CSV');
  await choose(page, 'Import a framework…', exported);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
  const backup = await download(page, 'Save a backup…');
  await choose(page, 'Restore from a file…', backup);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is restored' })).toBeVisible();

  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
});
