/**
 * The screenshots of a workspace in use, for the README: made through the app's own screens as a
 * manager would (yourself and two reports on the Frontend track, self and manager ratings, an agreed
 * one; then eleven more reports, to find one in the sidebar), so they show the app as it is
 * today, never a mock-up.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const answers = ['Consistently', 'Partly', 'Consistently', 'Not yet', 'Consistently', 'Partly'];

/** Eleven more reports, whose names a keyboard without their letters still finds. */
const finderNames = [
  'Zoë Ångström',
  'Łukasz Żółć',
  'José Núñez',
  'Siobhán Ó Briain',
  'Мария Иванова',
  'Αλέξανδρος Παπαδόπουλος',
  '李雷',
  'Ngozi Adébáyọ̀',
  'Chloé Martin',
  'Zoe Okafor',
  'محمد علي',
];

/** Rates the first `count` statements of the Rate tab, cycling through the answers from `offset`. */
async function rateSome(page: Page, count: number, offset: number): Promise<void> {
  const rows = page.getByRole('main').locator('.rating-row');
  const total = Math.min(count, await rows.count());
  for (let index = 0; index < total; index += 1) {
    const answer = answers[(index + offset) % answers.length] ?? 'Partly';
    await rows.nth(index).getByRole('button', { name: answer, exact: true }).click();
  }
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('main').getByRole('tablist', { name: 'Person views' }).getByRole('tab', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function addReport(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Report', { exact: true }).check();
  await dialog.getByLabel('Framework', { exact: true }).selectOption({ label: frontend });
  await dialog.getByLabel('Current level').selectOption('L4');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Builds the workspace and takes its screenshots; returns the files written. */
export async function takeTour(browser: Browser, baseUrl: string, outDir: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-GB' });
  const page = await context.newPage();
  const written: string[] = [];
  const shoot = async (file: string, fullPage = false) => {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(outDir, file), fullPage });
    written.push(file);
  };
  try {
    await page.goto(baseUrl);
    const main = page.getByRole('main');
    await main.getByLabel('Your name (optional)').fill('Sam Rivera');
    await main.getByLabel('Framework', { exact: true }).selectOption({ label: frontend });
    await main.getByLabel('Current level').selectOption('L4');
    await main.getByRole('button', { name: 'Start mapping' }).click();
    await main.locator('.rating-row').first().waitFor();
    await rateSome(page, 6, 0);

    await addReport(page, 'Priya Natarajan');
    await main.locator('.rating-row').first().waitFor();
    await main.getByRole('radio', { name: 'Self' }).check();
    await rateSome(page, 6, 1);
    await main.getByRole('radio', { name: 'Manager' }).check();
    await rateSome(page, 6, 3);

    await openTab(page, 'Compare');
    const flagged = main.locator('.compare-row[data-flagged="true"]').first();
    if ((await flagged.count()) > 0) await flagged.getByRole('combobox', { name: /Agreed rating/ }).selectOption({ label: 'Partly' });
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot('compare.png');

    await openTab(page, 'Gaps');
    await main.getByTestId('gap-headline').waitFor();
    await main.locator('figure[data-chart="ladder"]').waitFor();
    await main.getByText('Drawing the chart…').first().waitFor({ state: 'detached' });
    await shoot('gaps.png');

    await addReport(page, 'Jordan Okafor');
    await main.locator('.rating-row').first().waitFor();
    await rateSome(page, 6, 2);

    await page.getByRole('link', { name: 'Team overview' }).click();
    await main.locator('figure[data-chart="heatmap"]').waitFor();
    await shoot('team-overview.png', true);

    // A longer list, as a coach's grows: the sidebar's box finds a name typed without its accents.
    for (const name of finderNames) await addReport(page, name);
    const people = page.getByRole('navigation', { name: 'People' });
    await people.getByRole('searchbox', { name: 'Find a person' }).fill('zoe');
    await people.getByRole('status').filter({ hasText: 'of 14 people' }).waitFor();
    await page.getByRole('link', { name: 'Team overview' }).click();
    await main.locator('figure[data-chart="heatmap"]').waitFor();
    await shoot('find-person.png');
  } finally {
    await context.close();
  }
  return written;
}
